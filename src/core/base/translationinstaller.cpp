#include "base/translationinstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace cube {

namespace {
// Where qt_add_translations embeds the console's catalogues (see translations/CMakeLists.txt).
const auto ownCatalogueDirectory = u":/i18n"_s;
// QtKeychain's catalogues are installed beside its library, not with Qt's.
const auto keychainCatalogueDirectory = u"/usr/share/qt6keychain/translations"_s;
} // namespace

TranslationInstaller::TranslationInstaller(QObject *parent)
    : QObject(parent)
{}

TranslationInstaller::~TranslationInstaller()
{
    removeInstalled();
}

bool TranslationInstaller::install(UiLanguage language)
{
    removeInstalled();
    const QString suffix = translationSuffix(language);
    const bool ownLoaded = load(u"cube-console_"_s + suffix, ownCatalogueDirectory);
    if (language == UiLanguage::SimplifiedChinese) {
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        load(u"qtbase_"_s + suffix, qtDirectory);
        // QtKeychain names its Chinese catalogue without a country.
        load(u"qtkeychain_zh"_s, keychainCatalogueDirectory);
    }
    QLocale::setDefault(localeFor(language));
    m_language = language;
    emit languageChanged(language);
    return ownLoaded;
}

void TranslationInstaller::choose(UiLanguage language)
{
    install(language);
    QSettings().setValue(u"language"_s, acceptLanguageTag(language));
}

void TranslationInstaller::removeInstalled()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

bool TranslationInstaller::load(const QString &fileName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory))
        return false;
    QCoreApplication::installTranslator(translator.get());
    m_installed.push_back(std::move(translator));
    return true;
}

} // namespace cube
