// validate_evidence.cpp: the entries of an evidence list (data/evidence.json, or the "evidence"
// array a built content file carries): each a place, a source and the source's dated words.
#include "content/rules.h"
#include "content/url.h"
#include "content/validator.h"

namespace factsheet::content::detail {

void validate_evidence(Validator& v, const json& list, const std::string& path, std::vector<Evidence>& out) {
    for (std::size_t i = 0; i < list.size() && !v.full(); ++i) {
        const std::string p = child_path(path, i);
        const json& entry = list[i];
        if (!v.expect_object(entry, p, "a passage")) continue;
        v.reject_unknown_fields(entry, p, {"at", "source", "passage", "lang", "where", "url", "checked"});
        Evidence e;
        bool ok = v.read_plain(entry, p, "at", limits::passage_at, Need::Required, e.at);
        std::string source;
        if (v.read_plain(entry, p, "source", max_id_length, Need::Required, source)) {
            if (is_source_id(source)) e.source_id = source;
            else v.error(child_path(p, "source"), "expected a source id such as \"S26\", found \"" + source + "\"");
        }
        ok = !e.source_id.empty() && ok;
        ok = v.read_plain(entry, p, "passage", limits::passage, Need::Required, e.passage) && ok;
        ok = v.read_language(entry, p, "lang", e.lang) && ok;
        ok = v.read_plain(entry, p, "where", limits::passage_where, Need::Required, e.where) && ok;
        ok = v.read_date(entry, p, "checked", true, e.checked) && ok;
        std::string url, why;
        if (v.read_plain(entry, p, "url", limits::url, Need::Required, url)) {
            // Stored copies are sometimes at an http:// address; it must be a sound one all the same.
            const bool http = url.rfind("http://", 0) == 0;
            if (check_https_url(http ? "https://" + url.substr(7) : url, why)) e.url = url;
            else v.error(child_path(p, "url"), "invalid address \"" + url + "\": " + why);
        }
        if (ok && !e.url.empty()) out.push_back(std::move(e));
    }
}

}  // namespace factsheet::content::detail
