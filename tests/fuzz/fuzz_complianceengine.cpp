// libFuzzer target: arbitrary bytes as UTF-8 or UTF-16 text, with the first
// byte choosing the kind, jurisdiction, language and networks. The engine, the
// identifier scanner and the network counters must never crash, hang or trip a
// sanitizer, and every finding must lie inside the text.
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build/fuzz/tests/fuzz/fuzz_complianceengine -max_total_time=60 NEW_DIR tests/fuzz/corpus
// (libFuzzer writes new inputs into the first directory; scripts/bootstrap.sh test runs it).

#include "compliance/ComplianceEngine.h"
#include "compliance/IdentifierScanner.h"
#include "compliance/PlatformCounter.h"

#include <cstdint>
#include <cstdlib>

using namespace clearpost;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Result<ComplianceEngine> engine = ComplianceEngine::create();
    if (!engine || size == 0) {
        return 0;
    }
    const uint8_t mode = data[0];
    const char* bytes = reinterpret_cast<const char*>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    QString text;
    if (mode & 0x80) {
        // Raw UTF-16 code units, unpaired surrogates included.
        text = QString(reinterpret_cast<const QChar*>(bytes), length / 2);
    } else {
        text = QString::fromUtf8(bytes, length);
    }
    ComplianceDraft draft;
    draft.text = text;
    draft.kind = PostKind(mode % 3);
    draft.publishDay = QDate(2026, 11, 22);
    const QList<Platform> platforms = allPlatforms();
    for (int i = 0; i < platforms.size(); ++i) {
        if ((mode >> (i % 7)) & 1) {
            draft.platforms.append(platforms[i]);
        }
    }
    if (mode & 0x40) {
        DraftMedia m;
        m.showsPatient = mode & 0x20;
        draft.media.append(m);
    }
    ComplianceContext context;
    context.practice.jurisdiction = Jurisdiction((mode >> 3) % 3);
    context.language =
        QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}.at((mode >> 5) % 3);
    const Findings findings = engine->check(draft, context);
    for (const Finding& f : findings) {
        if (f.start < 0 || f.end < f.start || f.end > text.size()) {
            std::abort();
        }
    }
    for (const IdentifierMatch& m : IdentifierScanner::scan(text, {})) {
        if (m.start < 0 || m.end < m.start || m.end > text.size()) {
            std::abort();
        }
    }
    for (Platform p : platforms) {
        if (PlatformCounter::count(p, text).length < 0) {
            std::abort();
        }
    }
    return 0;
}
