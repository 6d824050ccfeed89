#pragma once

#include "contract/requests.h"
#include "itemwork.h"
#include "records/planrecord.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <functional>
#include <optional>

namespace cube::cli {

class CommandRun;

// What orders place and place-ota are told about the order, and how they turn it into
// requests: the plan is looked up by its code first, for the name, type and price the order
// must repeat.
class PlanOrderOptions final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::PlanOrderOptions)

public:
    static QList<QCommandLineOption> definitions();
    // Reads and checks the options (usage error on a bad one).
    static PlanOrderOptions read(const CommandRun &run);

    // Reads the account's plans, then calls `then` with a request for the plan; says why and
    // ends the run when the plan cannot be had.
    void withPlan(CommandRun &run, std::function<void(PlanOrderRequest)> then) const;

    // One orderPackage per SIM card, or one batchOrderPackages per `batchSize` SIM cards.
    QList<ItemWork> singleJobs(CommandRun &run, const PlanOrderRequest &request,
                               const QStringList &iccids) const;
    QList<ItemWork> batchJobs(CommandRun &run, const PlanOrderRequest &request,
                              const QStringList &iccids) const;

    static constexpr qsizetype batchSize = PlanOrderRequest::batchLimit;

    QString planCode;
    int periods = 1;
    bool enableNow = true;
    bool paid = true;
    std::optional<double> amount; // default: the plan's price for the periods
    // What the plan list would give, for an account whose plan list cannot be read: with all
    // three given, the list is not read at all.
    std::optional<int> planType;
    QString planName;
    std::optional<int> payType;
    bool globalOrder = false;
    QString mcc;
    int days = 0;
    int timingType = 0;

private:
    // The order of `plan` with these options (the given type, name and amount win).
    PlanOrderRequest request(const Plan &plan) const;
};

} // namespace cube::cli
