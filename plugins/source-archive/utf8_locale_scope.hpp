// SPDX-License-Identifier: Apache-2.0
#pragma once
// libarchive converts entry names through the thread's locale: 7-Zip's
// UTF-16 names, for one, are lost under the "C" locale a program starts in.
// While one of these lives, the thread's character type is UTF-8's.

#include <locale.h>

namespace baocao::plugins {

/// Sets the calling thread's LC_CTYPE to C.UTF-8 and puts the previous one
/// back when it goes. Nothing changes when C.UTF-8 is not installed.
class utf8_locale_scope {
public:
    utf8_locale_scope() : utf8_(newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr)), before_(utf8_ != nullptr ? uselocale(utf8_) : nullptr) {}
    ~utf8_locale_scope() {
        if (utf8_ == nullptr) return;
        uselocale(before_);
        freelocale(utf8_);
    }
    utf8_locale_scope(const utf8_locale_scope&) = delete;
    utf8_locale_scope& operator=(const utf8_locale_scope&) = delete;

private:
    locale_t utf8_;
    locale_t before_;
};

}  // namespace baocao::plugins
