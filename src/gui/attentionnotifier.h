#pragma once

#include "attention/attentionitem.h"
#include "attention/attentionreason.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QWidget;

namespace cube {

class AttentionRefresh;
class DesktopNotifier;
struct AttentionResult;

// Tells the person with desktop notifications what newly needs them after a look at the
// account: one notification per reason among the look's news ("12 orders expire within 7
// days"), naming the first SIMs or orders. A look with nothing new says nothing, so an item is
// told once (the look's news are the items not there at the look before). Every look tells its
// news, the Attention tab's own (every AttentionRules::refreshMinutes) and one the person asked
// for. A click on a notification brings the window forward and asks for the tab at that reason
// (openAttention). Where no notification can be shown, the window's status bar says the same.
class AttentionNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionNotifier)

public:
    // `inWindow`: a widget of the main window (its parent, so the notifier ends with it), whose
    // window a click brings forward and whose status bar says what could not be notified.
    AttentionNotifier(AttentionRefresh *refresh, QWidget *inWindow);
    ~AttentionNotifier() override;

signals:
    void openAttention(cube::AttentionReason reason);

private:
    void tell(const AttentionResult &result, const QList<AttentionItem> &news);
    QString summary(AttentionReason reason, int count) const;
    // The first `items` of `count` named, and how many more.
    QString body(const QList<AttentionItem> &items, int count) const;
    void open(const QString &tag);
    void sayInStatusBar(const QString &summary);

    AttentionRefresh *m_refresh;
    QWidget *m_window;
    DesktopNotifier *m_desktop;
    QStringList m_unshown; // the last look's summaries that no notification showed
};

} // namespace cube
