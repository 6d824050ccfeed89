#include "base/uilanguage.h"

using namespace Qt::StringLiterals;

namespace cube {

UiLanguage uiLanguageFromSystem(const QStringList &systemUiLanguages)
{
    // Only the first preference counts: a person who prefers English but also reads Chinese
    // gets English.
    if (!systemUiLanguages.isEmpty()
        && systemUiLanguages.constFirst().startsWith("zh"_L1, Qt::CaseInsensitive))
        return UiLanguage::SimplifiedChinese;
    return UiLanguage::English;
}

std::optional<UiLanguage> parseUiLanguage(const QString &tag)
{
    const QString normalised = tag.trimmed().toLower().replace(u'_', u'-');
    if (normalised == "zh"_L1 || normalised == "zh-cn"_L1 || normalised == "zh-hans"_L1)
        return UiLanguage::SimplifiedChinese;
    if (normalised == "en"_L1 || normalised == "en-us"_L1)
        return UiLanguage::English;
    return std::nullopt;
}

QString acceptLanguageTag(UiLanguage language)
{
    return language == UiLanguage::SimplifiedChinese ? u"zh-CN"_s : u"en-US"_s;
}

QString translationSuffix(UiLanguage language)
{
    return language == UiLanguage::SimplifiedChinese ? u"zh_CN"_s : u"en_US"_s;
}

QLocale localeFor(UiLanguage language)
{
    return language == UiLanguage::SimplifiedChinese
               ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
               : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace cube
