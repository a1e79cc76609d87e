// SPDX-License-Identifier: Apache-2.0
// baocao-draft-template OUT.docx: writes the reference template of emit-docx
// (samples/template/draft-template.docx is this program's output).

#include "template/template_document.hpp"

#include <baocao/sdk/context.hpp>

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: baocao-draft-template OUT.docx\n";
        return 2;
    }
    try {
        baocao::write_file_atomically(argv[1], baocao::docx::make_template_docx());
    } catch (const std::exception& e) {
        std::cerr << "baocao-draft-template: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
