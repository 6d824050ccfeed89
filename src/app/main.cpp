#include "account/account.h"
#include "account/clientfactory.h"
#include "account/profilesecrets.h"
#include "base/applicationidentity.h"
#include "base/translationinstaller.h"
#include "base/uilanguage.h"
#include "commandlineusage.h"
#include "consoleoptions.h"
#include "consolesession.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "writes/changewriter.h"

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
    // Every change is recorded here before it is sent; the journal is shared with cubectl.
    cube::ClientOptions clientOptions;
    const auto changes = std::make_shared<cube::Journal>(
        options.journalPath.isEmpty() ? cube::Journal::defaultPath() : options.journalPath);
    std::unique_ptr<cube::sim::CubeSimulator> simulator;
    std::unique_ptr<cube::Account> demoAccount;
    cube::MainWindow::ConnectionWords connection;
    if (options.demo) {
        QString failure;
        simulator = cube::sim::CubeSimulator::startDemo(&failure);
        if (!simulator) {
            QMessageBox::critical(nullptr, cube::MainWindow::tr("Cube Console"), failure);
            return 1;
        }
        demoAccount = cube::ClientFactory(&network, clientOptions, changes)
                          .accountForEndpoint(simulator->endpoint());
        // Asked again at each language switch: the words follow the language.
        connection = [demo = simulator.get()] {
            return cube::MainWindow::tr("Demo simulator at %1 (account %2)")
                .arg(demo->baseUrl().toDisplayString(), demo->account().accessCode);
        };
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
        session->setClientOptions(clientOptions, changes);
        QMetaObject::invokeMethod(session.get(), &cube::ConsoleSession::start,
                                  Qt::QueuedConnection);
    }
    window.show();
    const cube::Journal &journal = *changes;
    if (!journal.isOpen())
        QMessageBox::warning(
            &window, cube::MainWindow::tr("Journal of changes"),
            cube::MainWindow::tr("The journal of changes (%1) cannot be written: %2\n\nNo change "
                                 "will be sent until it can: free some disk space or make its "
                                 "folder writable, then start Cube Console again.")
                .arg(journal.path(), journal.problem()));
    else if (!journal.setAsidePath().isEmpty())
        QMessageBox::information(
            &window, cube::MainWindow::tr("Journal of changes"),
            cube::MainWindow::tr("The journal of changes was damaged. It was kept as %1 and a "
                                 "new one was started.")
                .arg(journal.setAsidePath()));
    return QApplication::exec();
}
