#include "base/translationinstaller.h"
#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::UiLanguage;

class TestTranslationInstaller : public QObject
{
    Q_OBJECT

private slots:
    void chineseTranslatesTheConsoleAndQt()
    {
        cube::TranslationInstaller installer;
        QSignalSpy changed(&installer, &cube::TranslationInstaller::languageChanged);

        QVERIFY(installer.install(UiLanguage::SimplifiedChinese));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(installer.language(), UiLanguage::SimplifiedChinese);
        QCOMPARE(QLocale().name(), u"zh_CN"_s);

        const QString message = cube::SecretStore::describe(cube::SecretStoreError::NotFound);
        QVERIFY2(message.contains(u"密钥"_s), qPrintable(message));
        // Qt's own catalogue is loaded too, so standard buttons read in Chinese.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    }

    void switchingBackRemovesTheChineseCatalogues()
    {
        cube::TranslationInstaller installer;
        QVERIFY(installer.install(UiLanguage::SimplifiedChinese));
        QVERIFY(installer.install(UiLanguage::English));
        QCOMPARE(QLocale().name(), u"en_US"_s);
        QVERIFY(cube::SecretStore::describe(cube::SecretStoreError::NotFound)
                    .startsWith("No secret is stored"_L1));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void destroyingTheInstallerUninstallsItsCatalogues()
    {
        {
            cube::TranslationInstaller installer;
            QVERIFY(installer.install(UiLanguage::SimplifiedChinese));
        }
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslationInstaller)
#include "tst_translationinstaller.moc"
