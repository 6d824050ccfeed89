#pragma once

namespace cube {

// What became of a write, as far as anyone can tell: the journal keeps it with the write's
// entry, and a write's outcome reports it.
enum class Settlement {
    Done,    // the server said so, or a re-read after a lost answer shows its effect
    NotDone, // the server refused it, or a re-read after a lost answer shows no effect
    Unknown, // the answer was lost and a re-read could not tell: check before trying again
};

} // namespace cube
