#pragma once

#include "commandspec.h"

namespace cube::cli {

// Every cubectl command, in the order the help lists them. Built after the translations are
// installed, so that its help texts are in the person's language.
namespace commandcatalog {

QList<CommandSpec> all();

} // namespace commandcatalog

} // namespace cube::cli
