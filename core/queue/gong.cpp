#include "core/queue/gong.h"

#include <QDataStream>
#include <QIODevice>

#include <cmath>
#include <numbers>

namespace {
struct Tone
{
    double startSeconds;
    double frequency;
};

constexpr Tone kTones[] = {{0.0, 659.25}, {0.55, 523.25}}; // E5, C5
constexpr double kLengthSeconds = 2.2;
constexpr double kDecayPerSecond = 2.6;
// A bell: the fundamental with a few quieter, slightly inharmonic partials.
constexpr double kPartials[][2] = {{1.0, 1.0}, {2.01, 0.35}, {3.02, 0.15}, {4.2, 0.06}};
} // namespace

QByteArray synthesizeGongWav(int sampleRate)
{
    const int samples = static_cast<int>(kLengthSeconds * sampleRate);
    QByteArray pcm;
    pcm.reserve(samples * 2);
    QDataStream out(&pcm, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    for (int i = 0; i < samples; ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        double value = 0;
        for (const Tone &tone : kTones) {
            const double local = t - tone.startSeconds;
            if (local < 0)
                continue;
            const double attack = std::min(1.0, local / 0.008); // no click at the start
            const double envelope = attack * std::exp(-kDecayPerSecond * local);
            for (const auto &[ratio, gain] : kPartials)
                value += gain * envelope *
                         std::sin(2 * std::numbers::pi * tone.frequency * ratio * local);
        }
        const double fadeOut = std::min(1.0, (kLengthSeconds - t) / 0.05);
        out << static_cast<qint16>(
            std::lround(std::clamp(value * 0.32 * fadeOut, -1.0, 1.0) * 32767));
    }

    QByteArray wav;
    QDataStream header(&wav, QIODevice::WriteOnly);
    header.setByteOrder(QDataStream::LittleEndian);
    const quint32 dataSize = static_cast<quint32>(pcm.size());
    header.writeRawData("RIFF", 4);
    header << quint32(36 + dataSize);
    header.writeRawData("WAVEfmt ", 8);
    header << quint32(16) << quint16(1) << quint16(1) << quint32(sampleRate)
           << quint32(sampleRate * 2) << quint16(2) << quint16(16);
    header.writeRawData("data", 4);
    header << dataSize;
    return wav + pcm;
}
