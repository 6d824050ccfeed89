#include "profiles/profilestore.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const auto group = u"profiles"_s;
const auto activeKey = u"activeProfile"_s;

} // namespace

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    QSettings &settings = m_settings;
    settings.beginGroup(group);
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    for (const QString &id : ids) {
        if (auto found = profile(id))
            list.append(*found);
    }
    std::sort(list.begin(), list.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    QSettings &settings = m_settings;
    settings.beginGroup(group + u'/' + id);
    std::optional<Profile> result;
    if (settings.contains(u"name"_s)) {
        Profile profile;
        profile.id = id;
        profile.name = settings.value(u"name"_s).toString();
        profile.environment = Environment(settings.value(u"environment"_s, 0).toInt());
        profile.baseUrl = settings.value(u"baseUrl"_s).toUrl();
        profile.accessCode = settings.value(u"accessCode"_s).toString();
        profile.timestampUnit = settings.value(u"timestampUnit"_s).toString() == "ms"_L1
                                    ? TimestampUnit::Milliseconds
                                    : TimestampUnit::Seconds;
        profile.timeoutSeconds = settings.value(u"timeoutSeconds"_s, 30).toInt();
        profile.caBundlePath = settings.value(u"caBundle"_s).toString();
        // Profiles saved before the setting existed (or edited by hand) get the vendor's zone.
        profile.serverTimeZone =
            ServerTimeZone::parse(settings.value(u"serverUtcOffset"_s).toString())
                .value_or(ServerTimeZone());
        profile.color = settings.value(u"color"_s, profile.color).toString();
        // Profiles saved before the limits existed get the vendor's.
        const GatewayLimits vendor;
        profile.limits.connections =
            settings.value(u"maxConnections"_s, vendor.connections).toInt();
        profile.limits.queriesPerSecond =
            settings.value(u"queriesPerSecond"_s, vendor.queriesPerSecond).toInt();
        profile.limits.dailyQuota = settings.value(u"dailyQuota"_s, vendor.dailyQuota).toInt();
        profile.pageSize = settings.value(u"pageSize"_s, profile.pageSize).toInt();
        profile.cacheFreshHours =
            settings.value(u"cacheFreshHours"_s, profile.cacheFreshHours).toInt();
        profile.attention = AttentionRules::read(settings);
        profile.viewOnly = settings.value(u"viewOnly"_s, false).toBool();
        profile.teamStore = settings.value(u"teamStore"_s).toString();
        settings.beginGroup(u"paths"_s);
        for (const QString &operation : settings.childKeys())
            profile.pathOverrides.insert(operation, settings.value(operation).toString());
        settings.endGroup();
        result = profile;
    }
    settings.endGroup();
    return result;
}

QString ProfileStore::save(Profile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings.remove(group + u'/' + profile.id);
    m_settings.beginGroup(group + u'/' + profile.id);
    m_settings.setValue(u"name"_s, profile.name.trimmed());
    m_settings.setValue(u"environment"_s, int(profile.environment));
    m_settings.setValue(u"baseUrl"_s, profile.baseUrl);
    m_settings.setValue(u"accessCode"_s, profile.accessCode.trimmed());
    m_settings.setValue(u"timestampUnit"_s,
                        profile.timestampUnit == TimestampUnit::Milliseconds ? u"ms"_s : u"s"_s);
    m_settings.setValue(u"timeoutSeconds"_s, profile.timeoutSeconds);
    m_settings.setValue(u"caBundle"_s, profile.caBundlePath);
    m_settings.setValue(u"serverUtcOffset"_s, profile.serverTimeZone.key());
    m_settings.setValue(u"color"_s, profile.color);
    m_settings.setValue(u"maxConnections"_s, profile.limits.connections);
    m_settings.setValue(u"queriesPerSecond"_s, profile.limits.queriesPerSecond);
    m_settings.setValue(u"dailyQuota"_s, profile.limits.dailyQuota);
    m_settings.setValue(u"pageSize"_s, profile.pageSize);
    m_settings.setValue(u"cacheFreshHours"_s, profile.cacheFreshHours);
    profile.attention.write(m_settings);
    m_settings.setValue(u"viewOnly"_s, profile.viewOnly);
    m_settings.setValue(u"teamStore"_s, profile.teamStore.trimmed());
    m_settings.beginGroup(u"paths"_s);
    for (auto it = profile.pathOverrides.cbegin(); it != profile.pathOverrides.cend(); ++it)
        m_settings.setValue(it.key(), it.value());
    m_settings.endGroup();
    m_settings.endGroup();
    m_settings.sync();
    return profile.id;
}

std::optional<Profile> ProfileStore::duplicate(const QString &id)
{
    std::optional<Profile> copy = profile(id);
    if (!copy)
        return std::nullopt;
    copy->id.clear();
    copy->name = Profile::tr("Copy of %1").arg(copy->name);
    copy->id = save(*copy);
    return copy;
}

void ProfileStore::remove(const QString &id)
{
    m_settings.remove(group + u'/' + id);
    if (activeId() == id)
        m_settings.remove(activeKey);
    m_settings.sync();
}

QString ProfileStore::activeId() const
{
    return m_settings.value(activeKey).toString();
}

void ProfileStore::setActiveId(const QString &id)
{
    m_settings.setValue(activeKey, id);
    m_settings.sync();
}

} // namespace cube
