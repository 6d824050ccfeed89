#pragma once

#include "itemwork.h"
#include "records/orderrecords.h"
#include "records/planrecord.h"
#include "records/simrecords.h"
#include "records/usagerecords.h"

#include <QCoreApplication>

namespace cube::cli {

// The columns cubectl prints for each kind of record, and a record's row in them. Keys are
// stable snake_case for scripts; titles are translated for people.
class RecordTables final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::RecordTables)

public:
    static QList<Column> simColumns();
    static QVariantList simRow(const SimCard &sim);

    static QList<Column> assetColumns();
    static QVariantList assetRow(const AssetInfo &asset);

    static QList<Column> orderColumns();
    static QVariantList orderRow(const Order &order);

    static QList<Column> planColumns();
    static QVariantList planRow(const Plan &plan);

    static QList<Column> usageColumns();
    static QVariantList usageRow(const FlowUsage &usage);

    static QList<Column> dayUsageColumns();
    static QVariantList dayUsageRow(const DayUsage &usage);

    static QList<Column> monthUsageColumns();
    static QVariantList monthUsageRow(const MonthUsage &usage);

    static QList<Column> balanceColumns();
    static QVariantList balanceRow(const QString &iccid, const CarrierBalance &balance);

    static QList<Column> placedOrderColumns();
    static QVariantList placedOrderRow(const QString &iccid, const PlacedOrder &order);
    static QVariantList batchOrderRow(const BatchOrderLine &line);

    // A write that answers nothing but success: the target and what was done to it.
    static QList<Column> actionColumns(const Column &target);

    static Column iccidColumn();
    static Column orderCodeColumn();
};

} // namespace cube::cli
