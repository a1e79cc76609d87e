// SPDX-License-Identifier: Apache-2.0
// baocao-score-figures LABELS.tsv RESULT.json [-v]: the precision and recall of
// the figures a run found, against hand or generated labels.
#include "figure_score.hpp"

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: baocao-score-figures LABELS.tsv RESULT.json [-v]\n";
        return 2;
    }
    try {
        const auto labels = baocao::testing::read_labels(argv[1]);
        std::ifstream in(argv[2], std::ios::binary);
        if (!in) throw std::runtime_error(std::string("cannot read ") + argv[2]);
        std::stringstream text;
        text << in.rdbuf();
        Poco::JSON::Parser parser;
        const auto result = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        const auto score = baocao::testing::score_figures(labels, baocao::testing::figures_of_result(result));
        if (argc > 3 && std::string(argv[3]) == "-v") std::cout << baocao::testing::error_lines(score);
        std::cout << "figures: " << baocao::testing::summary_line(score) << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
}
