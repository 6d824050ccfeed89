#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace cube {

// The two languages the console speaks. The UI and the server's `message` always use the same
// one: the request header is derived from this value, never chosen separately.
enum class UiLanguage { SimplifiedChinese, English };

// Any Chinese UI language of the system (zh, zh-CN, zh-Hans-…, even zh-TW) picks Simplified
// Chinese, the only Chinese the console has; anything else, or nothing, picks English.
UiLanguage uiLanguageFromSystem(const QStringList &systemUiLanguages);

// Parses what a person types after --lang or stores in the settings: "zh-CN", "zh_CN", "zh",
// "en-US", "en_US", "en" (case-insensitive). Anything else is not a language the console has.
std::optional<UiLanguage> parseUiLanguage(const QString &tag);

// "zh-CN" or "en-US": the value of the Accept-Language header the Cube server understands.
QString acceptLanguageTag(UiLanguage language);

// "zh_CN" or "en_US": the suffix of the .qm files (cube-console_zh_CN.qm, qtbase_zh_CN.qm).
QString translationSuffix(UiLanguage language);

// The locale that formats dates, numbers and data volumes in the UI's language.
QLocale localeFor(UiLanguage language);

} // namespace cube
