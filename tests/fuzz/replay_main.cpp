// Runs the fuzz target over the seed corpus and a bounded number of
// deterministic mutations of each seed: the fuzz target as a quick test.

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           static_cast<size_t>(input.size()));
}

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(int(input.size())));
        switch (random.bounded(5)) {
        case 0: // flip a byte
            if (!input.isEmpty())
                input[at] = char(random.bounded(256));
            break;
        case 1: // insert a byte (often a line break)
            input.insert(at, random.bounded(3) == 0 ? '\n' : char(random.bounded(256)));
            break;
        case 2: // delete a run
            input.remove(at, 1 + qsizetype(random.bounded(8)));
            break;
        case 3: // duplicate a run
            input.insert(at, input.mid(at, 1 + qsizetype(random.bounded(16))));
            break;
        default: // cut
            input.truncate(at);
            break;
        }
    }
    return input;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        QTextStream(stderr) << "usage: fuzz_payloads_replay CORPUS_DIR [MUTATIONS_PER_SEED]\n";
        return 2;
    }
    const int mutations = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    QDir corpus(QString::fromLocal8Bit(argv[1]));
    QRandomGenerator random(20261125); // deterministic: a failure reproduces
    int runs = 0;
    const QStringList seeds = corpus.entryList(QDir::Files);
    for (const QString &name : seeds) {
        QFile file(corpus.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray seed = file.readAll();
        run(seed);
        for (int i = 0; i < mutations; ++i, ++runs)
            run(mutate(seed, random));
    }
    QTextStream(stdout) << "fuzz replay: " << seeds.size() << " seeds, " << runs
                        << " mutations, no crash\n";
    return seeds.isEmpty() ? 1 : 0;
}
