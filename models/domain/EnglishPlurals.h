#pragma once

namespace doo {

// English has its own plural forms for the "%n …" texts ("1 task", "2 tasks"): they come from
// translations/director-of-one_en.ts (numerus entries only), compiled into this library under
// :/i18n. Installs them into the running application (domain/Translations does for a language
// without a translation of its own); false when there is no application or no file.
bool installEnglishPlurals();

} // namespace doo
