#pragma once

#include "base/uilanguage.h"

#include <QObject>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cube {

// Installs the console's own translation, Qt's (standard buttons, dialogs) and QtKeychain's
// for one language, replacing those of the previous language. Installing translators makes
// QCoreApplication send QEvent::LanguageChange to every widget, which is how the UI switches
// language at run time without a restart.
class TranslationInstaller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationInstaller)

public:
    explicit TranslationInstaller(QObject *parent = nullptr);
    ~TranslationInstaller() override;

    // Returns false when the console's own catalogue for `language` is missing (a broken
    // build); Qt's and QtKeychain's are optional, as a distribution may not ship them.
    bool install(UiLanguage language);

    UiLanguage language() const { return m_language; }

    // The person's choice in the settings: installs `language` now (every window switches at
    // once) and remembers it for the next start (QSettings key "language").
    void choose(UiLanguage language);

signals:
    void languageChanged(cube::UiLanguage language);

private:
    void removeInstalled();
    bool load(const QString &fileName, const QString &directory);

    UiLanguage m_language = UiLanguage::English;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace cube
