#include "consoleoptions.h"
#include "cubesimulator.h"
#include "mainwindow.h"
#include "translationinstaller.h"
#include "uilanguage.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --lang first, then the language chosen in the settings, then the system's.
cube::UiLanguage chooseLanguage(const QStringList &arguments)
{
    if (const auto argument = cube::ConsoleOptions::languageArgument(arguments)) {
        if (const auto language = cube::parseUiLanguage(*argument))
            return *language;
    }
    if (const auto stored = cube::parseUiLanguage(QSettings().value(u"language"_s).toString()))
        return *stored;
    return cube::uiLanguageFromSystem(QLocale::system().uiLanguages());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CubeConsole"_s);
    QApplication::setApplicationName(u"cube-console"_s);
    QApplication::setApplicationDisplayName(u"Cube Console"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(CUBE_VERSION));
    QApplication::setDesktopFileName(u"cube-console"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/cube-console.svg"_s));

    cube::TranslationInstaller translations;
    translations.install(chooseLanguage(QApplication::arguments()));
    const cube::ConsoleOptions options = cube::ConsoleOptions::parse(QApplication::arguments());

    cube::MainWindow window;
    std::unique_ptr<cube::sim::CubeSimulator> simulator;
    if (options.demo) {
        simulator = std::make_unique<cube::sim::CubeSimulator>(cube::sim::SimulatorAccount::demo());
        if (!simulator->listen()) {
            QMessageBox::critical(nullptr, cube::MainWindow::tr("Cube Console"),
                                  cube::MainWindow::tr("The built-in Cube simulator could not "
                                                       "start: no free port on 127.0.0.1."));
            return 1;
        }
        window.setConnectionDescription(
            cube::MainWindow::tr("Demo simulator at %1 (account %2)")
                .arg(simulator->baseUrl().toDisplayString(), simulator->account().accessCode));
    }
    window.show();
    return QApplication::exec();
}
