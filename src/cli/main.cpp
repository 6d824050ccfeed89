#include "base/applicationidentity.h"
#include "base/translationinstaller.h"
#include "commandlineusage.h"
#include "cubectl.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // cubectl writes UTF-8 (Chinese messages, ICCID tables): tell the console so.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    // The names Cube Console uses: cubectl shares its profiles and its language setting.
    cube::identity::describeApplication();

    const QStringList arguments = QCoreApplication::arguments();
    cube::TranslationInstaller translations;
    translations.install(cube::commandline::chooseLanguage(arguments));

    // The library's own notes (a failed call, a retry) would repeat what cubectl prints; with
    // --verbose every request and answer is logged instead, secret and signature masked.
    const bool verbose = arguments.contains(u"--verbose"_s) || arguments.contains(u"-v"_s);
    QLoggingCategory::setFilterRules(verbose ? u"cube.*.debug=true"_s
                                             : u"cube.*.info=false\ncube.*.debug=false"_s);

    cube::cli::Cubectl cubectl(arguments);
    if (const auto finished = cubectl.start())
        return *finished;
    return QCoreApplication::exec();
}
