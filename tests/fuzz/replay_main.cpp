// Replays the fuzzing corpus through the libFuzzer entry point without libFuzzer,
// so every build (GCC included) runs the corpus as a regression test:
//   fuzz_replay DIR...   exit 0 when every input ran; a crash or a sanitizer report fails.

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: fuzz_replay DIR...\n");
        return 2;
    }
    int inputs = 0;
    for (int a = 1; a < argc; ++a) {
        const QDir dir(QString::fromLocal8Bit(argv[a]));
        if (!dir.exists()) {
            std::fprintf(stderr, "fuzz_replay: %s is not a directory\n", argv[a]);
            return 2;
        }
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzz_replay: cannot read %s\n", qPrintable(f.fileName()));
                return 2;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "fuzz_replay: no inputs\n");
        return 1;
    }
    std::printf("fuzz_replay: %d inputs, no crash\n", inputs);
    return 0;
}
