#include "account.h"
#include "applicationidentity.h"
#include "changewriter.h"
#include "clientfactory.h"
#include "commandlineusage.h"
#include "consoleoptions.h"
#include "consolesession.h"
#include "cubesimulator.h"
#include "mainwindow.h"
#include "profilesecrets.h"
#include "profilestore.h"
#include "translationinstaller.h"
#include "uilanguage.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The command line is read before any window system is touched, so that --version,
    // --help and usage errors work on a machine without a display, as scripts expect.
    cube::UiLanguage language = cube::UiLanguage::English;
    cube::ConsoleOptions options;
    {
        QCoreApplication commandLine(argc, argv);
        cube::identity::describeApplication();
        language = cube::commandline::chooseLanguage(QCoreApplication::arguments());
        cube::TranslationInstaller translations;
        translations.install(language);
        options = cube::ConsoleOptions::parse(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    cube::identity::describeApplication();
    QApplication::setApplicationDisplayName(u"Cube Console"_s);
    // The desktop entry and AppStream id (packaging/): Wayland matches windows to it.
    QApplication::setDesktopFileName(u"io.github.cube_console.cubeconsole"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/cube-console.svg"_s));

    cube::TranslationInstaller translations;
    translations.install(options.language.value_or(language));

    // One network access manager for the whole console, handed to the client that uses it.
    QNetworkAccessManager network;
    std::unique_ptr<cube::sim::CubeSimulator> simulator;
    std::unique_ptr<cube::Account> demoAccount;
    QString connection;
    if (options.demo) {
        QString failure;
        simulator = cube::sim::CubeSimulator::startDemo(&failure);
        if (!simulator) {
            QMessageBox::critical(nullptr, cube::MainWindow::tr("Cube Console"), failure);
            return 1;
        }
        demoAccount = std::make_unique<cube::Account>(
            cube::ClientFactory(&network).forEndpoint(simulator->endpoint()));
        demoAccount->writer().setFollowsChanges(true);
        connection =
            cube::MainWindow::tr("Demo simulator at %1 (account %2)")
                .arg(simulator->baseUrl().toDisplayString(), simulator->account().accessCode);
    }
    cube::MainWindow window(demoAccount.get());
    window.setConnectionDescription(connection);
    window.setTranslations(&translations);

    // Without --demo the console works on the user's profiles; their secrets live in the
    // keychain (ProfileSecrets).
    cube::ProfileStore profiles;
    cube::ProfileSecrets secrets;
    std::unique_ptr<cube::ConsoleSession> session;
    if (!options.demo) {
        session = std::make_unique<cube::ConsoleSession>(&network, &profiles, &secrets, &window);
        QMetaObject::invokeMethod(session.get(), &cube::ConsoleSession::start,
                                  Qt::QueuedConnection);
    }
    window.show();
    return QApplication::exec();
}
