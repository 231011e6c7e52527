// factsheet_html.cpp: factsheet-html IN.json OUT.html [options]: the semantic HTML rendition.
//
// Validates IN.json like factsheet-check (errors on stderr, exit 1, nothing written), then writes
// the page from html::render_html atomically. Options (all optional):
//   --stylesheet HREF          add <link rel="stylesheet" href="HREF">
//   --other-lang CODE          another language's tag (repeatable: each starts one language of
//                              the header's list and a rel=alternate), followed by its
//   --other-lang-href URL      page (required) and
//   --other-lang-name TEXT     link text, that language's ui lang_name (default: CODE)
//   --head-file FILE           trusted HTML inserted at the end of <head>
//   --body-start-file FILE     trusted HTML inserted right after <body>
//   --body-end-file FILE       trusted HTML inserted right before </body>
//   --passages FILE            the passages IN.json's citations rest on (factsheet-check
//                              --bundle writes them apart): the page shows what each source says
//   --evidence-page URL        (content without passages) each source links to URL#src-ID
//   --root PATH                the way from this page to the site's root ("../" for a page one
//                              folder down): put before every address within the site
//   --site-url URL             the site's public address, ending in "/": absolute og:url,
//                              og:image, canonical and hreflang (HtmlOptions::site_url)
//   --page-path PATH           this page within the site ("en.html"; "" for index.html)
//   --preview-image PATH       the preview picture within the site (og:image, twitter:image)
//   --oembed PATH              the oEmbed file within the site (the discovery link)
//   --og-locale-alternate L    another language's og:locale (repeatable)
//   --share-url URL            the sheet's public address: a "Share this sheet" part with its QR code
//   --preview-tags-only        write only the <head> lines link previews read (render_preview_tags),
//                              for the root page, which forwards and has no sheet of its own
// Addresses within the site are given from its root ("style.css", "es/"). The inserted files
// are copied as they are: they are the build's own, never content.
// Exit status: 0 written, 1 invalid content, 2 usage or I/O errors.
#include <cstdio>
#include <string>

#include "html/html.h"
#include "content/evidence.h"
#include "content/loader.h"
#include "read_file.h"

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: factsheet-html IN.json OUT.html [--stylesheet HREF] [--other-lang-href URL]\n"
                 "       [--other-lang CODE] [--other-lang-name TEXT] [--head-file FILE]\n"
                 "       [--body-start-file FILE] [--body-end-file FILE] [--evidence-page URL]\n"
                 "       [--site-url URL] [--page-path PATH] [--preview-image PATH] [--oembed PATH]\n"
                 "       [--og-locale-alternate LOCALE]... [--share-url URL] [--passages FILE] [--root PATH]\n"
                 "       [--preview-tags-only]\n");
    return 2;
}

bool read_snippet(const std::string& path, std::string& out) {
    std::string why;
    if (factsheet::tools::read_file(path, out, why)) return true;
    std::fprintf(stderr, "factsheet-html: cannot read %s: %s\n", path.c_str(), why.c_str());
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    std::string in, out, passages_path;
    bool preview_tags_only = false;
    factsheet::html::HtmlOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--preview-tags-only") {
            preview_tags_only = true;
        } else if (arg.rfind("--", 0) == 0) {
            if (i + 1 >= argc) return usage();
            const std::string value = argv[++i];
            if (arg == "--stylesheet") options.stylesheet_href = value;
            else if (arg == "--other-lang") options.other_languages.push_back({value, "", ""});
            else if ((arg == "--other-lang-href" || arg == "--other-lang-name") && options.other_languages.empty()) {
                std::fprintf(stderr, "factsheet-html: %s comes after the --other-lang it describes\n", arg.c_str());
                return 2;
            }
            else if (arg == "--other-lang-href") options.other_languages.back().href = value;
            else if (arg == "--other-lang-name") options.other_languages.back().name = value;
            else if (arg == "--evidence-page") options.evidence_page = value;
            else if (arg == "--site-url") options.site_url = value;
            else if (arg == "--page-path") options.page_path = value;
            else if (arg == "--preview-image") options.preview_image = value;
            else if (arg == "--oembed") options.oembed_href = value;
            else if (arg == "--og-locale-alternate") options.alternate_locales.push_back(value);
            else if (arg == "--share-url") options.share_url = value;
            else if (arg == "--root") options.root = value;
            else if (arg == "--passages") passages_path = value;
            else if (arg == "--head-file") { if (!read_snippet(value, options.head_extra)) return 2; }
            else if (arg == "--body-start-file") { if (!read_snippet(value, options.body_start_extra)) return 2; }
            else if (arg == "--body-end-file") { if (!read_snippet(value, options.body_end_extra)) return 2; }
            else return usage();
        } else if (in.empty()) {
            in = arg;
        } else if (out.empty()) {
            out = arg;
        } else {
            return usage();
        }
    }
    if (in.empty() || out.empty()) return usage();
    const std::string& site = options.site_url;
    const bool web_address = site.rfind("https://", 0) == 0 || site.rfind("http://", 0) == 0;
    if (!site.empty() && (!web_address || site.back() != '/' || site.find_first_of("\"<> ") != std::string::npos)) {
        std::fprintf(stderr, "factsheet-html: --site-url must be an http(s) address ending in /: %s\n", options.site_url.c_str());
        return 2;
    }
    for (const auto& l : options.other_languages) {
        if (l.href.empty()) {
            std::fprintf(stderr, "factsheet-html: --other-lang %s needs --other-lang-href (its page)\n", l.lang.c_str());
            return 2;
        }
    }

    std::string text, why;
    if (!factsheet::tools::read_file(in, text, why)) {
        std::fprintf(stderr, "factsheet-html: cannot read %s: %s\n", in.c_str(), why.c_str());
        return 2;
    }
    if (!passages_path.empty()) {
        std::string passages;
        if (!read_snippet(passages_path, passages)) return 2;
        text = factsheet::content::join_passages(text, passages);
        if (text.empty()) {
            std::fprintf(stderr, "factsheet-html: %s and %s are not a built sheet and its passages\n", in.c_str(),
                         passages_path.c_str());
            return 1;
        }
    }
    const factsheet::content::LoadResult loaded = factsheet::content::load_sheet(text);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) {
            std::fprintf(stderr, "%s:%s%s\n", in.c_str(), e.path.empty() ? " " : "",
                         factsheet::content::format_error(e).c_str());
        }
        return 1;
    }
    const std::string written = preview_tags_only ? factsheet::html::render_preview_tags(loaded.sheet, options)
                                                  : factsheet::html::render_html(loaded.sheet, options);
    if (!factsheet::tools::write_file(out, written, why)) {
        std::fprintf(stderr, "factsheet-html: cannot write %s: %s\n", out.c_str(), why.c_str());
        return 2;
    }
    return 0;
}
