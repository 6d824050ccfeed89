#pragma once

#include "base/uilanguage.h"
#include "contract/apierror.h"
#include "journal/journalentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace cube {

class JournalRecorder;

// One request as it goes on the wire: where, in which language, and the signed body.
struct PreparedRequest
{
    Operation operation;
    QUrl url;
    UiLanguage language;
    QJsonObject body; // signed: mask it (maskedForLog) before showing it
};

// How a front end wants its client to behave, fixed when the client is made.
struct ClientOptions
{
    using Clock = std::function<QDateTime()>;
    // Asked for every write, prepared and signed, just before it would leave: an error keeps it
    // from the network and finishes the call with that error (ApiErrorKind::NotSent). cubectl's
    // --dry-run shows the request here; nothing in core knows why a write is held back.
    using WriteGate = std::function<std::optional<ApiError>(const PreparedRequest &)>;

    // The language the server answers `message` in; by default the UI's (QLocale's default,
    // which TranslationInstaller sets with the translations).
    std::optional<UiLanguage> language;
    WriteGate writeGate;
    Clock clock; // the requests' timestamps; by default the system's clock
    // Where every write is recorded before it leaves (the account's journal, through the
    // narrow interface a call needs; ClientFactory sets it); none: writes are not journaled
    // (tests of other things). A journal that cannot be written keeps every write from the
    // network.
    std::shared_ptr<JournalRecorder> recorder;
    JournalSource journalSource;
};

} // namespace cube
