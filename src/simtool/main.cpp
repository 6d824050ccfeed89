#include "base/applicationidentity.h"
#include "cubesimulator.h"
#include "simulatoroptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cube::identity::describeApplication(u"cube-sim"_s);

    cube::sim::SimulatorOptions options =
        cube::sim::SimulatorOptions::parse(QCoreApplication::arguments());

    QElapsedTimer building;
    building.start();
    cube::sim::CubeSimulator simulator(options.account, options.fleet);
    simulator.faults() = options.faults;
    simulator.setLimits(options.limits);
    simulator.setCamelCaseAnswers(options.camelCase);
    const qint64 buildMs = building.elapsed();
    if (!options.requestLog.isEmpty() && !simulator.openRequestLog(options.requestLog)) {
        std::fprintf(stderr, "cube-sim: cannot write the request log %s\n",
                     qPrintable(options.requestLog));
        return 1;
    }
    if (!simulator.listen(options.port)) {
        std::fprintf(stderr, "cube-sim: cannot listen on 127.0.0.1:%u (port in use?)\n",
                     unsigned(options.port));
        return 1;
    }
    // Machine-readable first line: scripts and tests wait for it.
    std::printf("Cube simulator listening at %s\n", qPrintable(simulator.baseUrl().toString()));
    std::printf("  access code: %s\n  secret:      %s\n", qPrintable(options.account.accessCode),
                options.account.secret.constData());
    const QString madeFrom = options.scenarioFile.isEmpty()
                                 ? u"seed %1"_s.arg(options.fleet.seed)
                                 : u"scenario %1"_s.arg(options.scenarioFile);
    std::printf("  fleet:       %lld SIM cards, %lld orders, %s, built in %lld ms\n",
                qlonglong(simulator.fleet().sims().size()),
                qlonglong(simulator.fleet().orders().size()), qPrintable(madeFrom),
                qlonglong(buildMs));
    // As the options name them, so that a person sees at once what to change.
    const cube::sim::GatewayPolicy &limits = simulator.limits();
    std::printf("  gateway:     --rate %d --connections %d --daily-quota %d --max-page-size %d "
                "(per address; 0: no limit)\n",
                limits.rate, limits.concurrency, limits.dailyQuota, limits.maxPageSize);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
