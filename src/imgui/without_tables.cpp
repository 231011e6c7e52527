// without_tables.cpp: stands in for Dear ImGui's imgui_tables.cpp, which the build leaves
// out. The sheet draws everything itself inside plain windows (no BeginTable, no Columns), so
// the only calls left are the ones Dear ImGui's own code makes into the table module: settings
// registration, garbage collection, error recovery for a table left open, and draw channels and
// rows for widgets inside a table (the web build's link-time optimisation drops the last; the
// native build keeps them). With no table ever begun each has nothing to do. Calling
// BeginTable or BeginColumns anywhere fails at link time (they are not defined here).
#include "imgui.h"
#include "imgui_internal.h"

namespace ImGui {
void TableSettingsAddSettingsHandler() {}
void TableGcCompactSettings() {}
void TableGcCompactTransientBuffers(ImGuiTable*) {}
void TableGcCompactTransientBuffers(ImGuiTableTempData*) {}
void TablePushColumnChannel(int) {}
void TablePopColumnChannel() {}
void TablePushBackgroundChannel() {}
void TablePopBackgroundChannel() {}
void TableEndRow(ImGuiTable*) {}
void TableEndCell(ImGuiTable*) {}
void EndTable() {}
void EndColumns() {}
void PushColumnsBackground() {}
void PopColumnsBackground() {}
}  // namespace ImGui
