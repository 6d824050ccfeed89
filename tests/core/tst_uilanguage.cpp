#include "base/uilanguage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cube::UiLanguage;

Q_DECLARE_METATYPE(std::optional<cube::UiLanguage>)

class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void systemLanguagePicksChineseForAnyChinese_data()
    {
        QTest::addColumn<QStringList>("systemLanguages");
        QTest::addColumn<UiLanguage>("expected");
        QTest::newRow("zh-CN") << QStringList{u"zh-CN"_s} << UiLanguage::SimplifiedChinese;
        QTest::newRow("zh-Hans-CN")
            << QStringList{u"zh-Hans-CN"_s, u"en-US"_s} << UiLanguage::SimplifiedChinese;
        QTest::newRow("zh-TW has only Simplified")
            << QStringList{u"zh-TW"_s} << UiLanguage::SimplifiedChinese;
        QTest::newRow("English first")
            << QStringList{u"en-GB"_s, u"zh-CN"_s} << UiLanguage::English;
        QTest::newRow("German") << QStringList{u"de-DE"_s} << UiLanguage::English;
        QTest::newRow("nothing") << QStringList{} << UiLanguage::English;
    }

    void systemLanguagePicksChineseForAnyChinese()
    {
        QFETCH(QStringList, systemLanguages);
        QFETCH(UiLanguage, expected);
        QCOMPARE(cube::uiLanguageFromSystem(systemLanguages), expected);
    }

    void parseAcceptsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<std::optional<UiLanguage>>("expected");
        QTest::newRow("zh-CN") << u"zh-CN"_s << std::optional(UiLanguage::SimplifiedChinese);
        QTest::newRow("zh_cn") << u"zh_cn"_s << std::optional(UiLanguage::SimplifiedChinese);
        QTest::newRow("zh") << u" zh "_s << std::optional(UiLanguage::SimplifiedChinese);
        QTest::newRow("en-US") << u"en-US"_s << std::optional(UiLanguage::English);
        QTest::newRow("EN") << u"EN"_s << std::optional(UiLanguage::English);
        QTest::newRow("fr") << u"fr-FR"_s << std::optional<UiLanguage>();
        QTest::newRow("empty") << QString() << std::optional<UiLanguage>();
    }

    void parseAcceptsWhatPeopleType()
    {
        QFETCH(QString, tag);
        QFETCH(std::optional<UiLanguage>, expected);
        QCOMPARE(cube::parseUiLanguage(tag), expected);
    }

    void headerAndCatalogueNames()
    {
        QCOMPARE(cube::acceptLanguageTag(UiLanguage::SimplifiedChinese), u"zh-CN"_s);
        QCOMPARE(cube::acceptLanguageTag(UiLanguage::English), u"en-US"_s);
        QCOMPARE(cube::translationSuffix(UiLanguage::SimplifiedChinese), u"zh_CN"_s);
        QCOMPARE(cube::localeFor(UiLanguage::SimplifiedChinese).name(), u"zh_CN"_s);
        QCOMPARE(cube::localeFor(UiLanguage::English).name(), u"en_US"_s);
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
