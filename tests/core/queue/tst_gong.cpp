// The synthesised gong is a valid, audible, click-free WAV.

#include "core/queue/gong.h"

#include <QDataStream>
#include <QTest>

#include <cmath>

class tst_Gong : public QObject
{
    Q_OBJECT

private slots:
    void isAValidWav();
    void soundsLikeTwoTones();

private:
    static QList<qint16> samples(const QByteArray &wav);
};

QList<qint16> tst_Gong::samples(const QByteArray &wav)
{
    QDataStream in(wav.mid(44));
    in.setByteOrder(QDataStream::LittleEndian);
    QList<qint16> list;
    while (!in.atEnd()) {
        qint16 value;
        in >> value;
        list.append(value);
    }
    return list;
}

void tst_Gong::isAValidWav()
{
    const QByteArray wav = synthesizeGongWav(22050);
    QCOMPARE(wav.left(4), QByteArray("RIFF"));
    QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
    QDataStream in(wav);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(4);
    quint32 riffSize;
    in >> riffSize;
    QCOMPARE(riffSize, quint32(wav.size() - 8));
    in.skipRawData(8);
    quint32 fmtSize;
    quint16 format, channels, blockAlign, bits;
    quint32 rate, byteRate;
    in >> fmtSize >> format >> channels >> rate >> byteRate >> blockAlign >> bits;
    QCOMPARE(format, quint16(1)); // PCM
    QCOMPARE(channels, quint16(1));
    QCOMPARE(rate, quint32(22050));
    QCOMPARE(bits, quint16(16));
    QCOMPARE(wav.mid(36, 4), QByteArray("data"));
    const double seconds = (wav.size() - 44) / 2.0 / 22050.0;
    QVERIFY(seconds > 1.5 && seconds < 3.0);
}

void tst_Gong::soundsLikeTwoTones()
{
    const QList<qint16> pcm = samples(synthesizeGongWav(22050));
    const auto peak = [&pcm](double from, double to) {
        int result = 0;
        for (qsizetype i = qsizetype(from * 22050); i < qsizetype(to * 22050) && i < pcm.size();
             ++i)
            result = std::max(result, std::abs(int(pcm.at(i))));
        return result;
    };
    QVERIFY(std::abs(pcm.first()) < 500); // no click at the start
    QVERIFY(std::abs(pcm.last()) < 200);  // nor at the end
    QVERIFY(peak(0.0, 0.2) > 8000);       // clearly audible
    QVERIFY(peak(0.0, 2.2) < 32767);      // never clipped
    // The second tone strikes at 0.55 s: louder after than just before.
    QVERIFY(peak(0.56, 0.66) > peak(0.44, 0.54));
    QVERIFY(peak(1.9, 2.2) < peak(0.0, 0.2) / 4); // and rings out
}

QTEST_APPLESS_MAIN(tst_Gong)
#include "tst_gong.moc"
