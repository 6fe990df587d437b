#pragma once

#include <QByteArray>

// The call gong, synthesised here (our own sound, no file to license): two
// soft bell tones, E5 then C5, each with a few overtones and a slow decay.
// A complete 16-bit mono PCM WAV file.
QByteArray synthesizeGongWav(int sampleRate = 22050);
