#include "core/domain/statisticsfigures.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double kMinute = 60.0 * 1000.0;

// The window of tenths a histogram counts in bins: -60 to 240 minutes.
constexpr qint64 kFirstBinnedTenth = -60 * 10;
constexpr qint64 kLastBinnedTenth = 240 * 10;

QJsonObject sourceJson(const Figures::Source &s)
{
    return {{u"issued"_s, s.issued},
            {u"served"_s, s.served},
            {u"noShow"_s, s.noShow},
            {u"waitMinutes"_s, s.wait.toJson()}};
}
} // namespace

double roundedMinutes(double minutes)
{
    return std::round(minutes * 10.0) / 10.0;
}

QJsonValue shareJson(const std::optional<double> &share)
{
    return share ? QJsonValue(std::round(*share * 1000.0) / 1000.0) : QJsonValue();
}

MinuteFigures MinuteFigures::of(const QList<double> &minutes)
{
    MinuteHistogram histogram;
    for (const double m : minutes)
        histogram.add(m);
    return histogram.figures();
}

void MinuteHistogram::add(double minutes)
{
    if (std::isnan(minutes))
        return; // no duration at all
    m_max = m_count == 0 ? minutes : std::max(m_max, minutes);
    m_sum += minutes;
    ++m_count;
    // Clamped so that llround stays defined; such values are beyond any wait.
    const qint64 tenths = std::llround(std::clamp(minutes, -1e12, 1e12) * 10.0);
    if (tenths < kFirstBinnedTenth || tenths > kLastBinnedTenth) {
        ++m_outliers[tenths];
        return;
    }
    if (m_bins.empty()) {
        m_first = tenths;
        m_bins.assign(1, 0);
    }
    const auto size = qint64(m_bins.size());
    if (tenths < m_first) {
        m_bins.insert(m_bins.begin(), size_t(m_first - tenths), 0);
        m_first = tenths;
    } else if (tenths - m_first >= size) {
        m_bins.resize(size_t(tenths - m_first + 1), 0);
    }
    ++m_bins[size_t(tenths - m_first)];
}

double MinuteHistogram::tenthAtRank(qint64 rank) const
{
    // In order: the outliers below the window, the bins, those above it.
    qint64 seen = 0;
    auto outlier = m_outliers.cbegin();
    for (; outlier != m_outliers.cend() && outlier->first < kFirstBinnedTenth; ++outlier) {
        seen += outlier->second;
        if (seen >= rank)
            return double(outlier->first) / 10.0;
    }
    for (size_t i = 0; i < m_bins.size(); ++i) {
        seen += m_bins[i];
        if (seen >= rank)
            return double(m_first + qint64(i)) / 10.0;
    }
    for (; outlier != m_outliers.cend(); ++outlier) {
        seen += outlier->second;
        if (seen >= rank)
            return double(outlier->first) / 10.0;
    }
    return m_max;
}

MinuteFigures MinuteHistogram::figures() const
{
    MinuteFigures figures;
    figures.count = int(m_count);
    if (m_count == 0)
        return figures;
    // The nearest rank: the smallest value with at least that share of all
    // values at or below it.
    const auto rankOf = [this](int percent) {
        return std::clamp<qint64>(qint64(std::ceil(percent / 100.0 * double(m_count))), 1, m_count);
    };
    figures.mean = m_sum / double(m_count);
    figures.median = tenthAtRank(rankOf(50));
    figures.p90 = tenthAtRank(rankOf(90));
    figures.max = m_max;
    return figures;
}

QJsonObject MinuteFigures::toJson() const
{
    if (count == 0)
        return {{u"count"_s, 0},
                {u"mean"_s, QJsonValue()},
                {u"median"_s, QJsonValue()},
                {u"p90"_s, QJsonValue()},
                {u"max"_s, QJsonValue()}};
    return {{u"count"_s, count},
            {u"mean"_s, roundedMinutes(mean)},
            {u"median"_s, roundedMinutes(median)},
            {u"p90"_s, roundedMinutes(p90)},
            {u"max"_s, roundedMinutes(max)}};
}

QJsonObject Figures::toJson() const
{
    return {
        {u"issued"_s, issued},
        {u"served"_s, served},
        {u"noShow"_s, noShow},
        {u"cancelled"_s, cancelled},
        {u"open"_s, open},
        {u"waitMinutes"_s, wait.toJson()},
        {u"serviceMinutes"_s, service.toJson()},
        {u"serviceLevel"_s, shareJson(serviceLevel)},
        {u"walkIn"_s, sourceJson(walkIn)},
        {u"appointment"_s, sourceJson(appointment)},
        {u"estimateErrorMinutes"_s, estimateError.toJson()},
        {u"punctualityMinutes"_s, punctuality.toJson()},
    };
}

void FiguresTally::add(const Visit &visit, int waitTargetMinutes)
{
    Figures::Source &source = visit.appointment ? m_counts.appointment : m_counts.walkIn;
    ++m_counts.issued;
    ++source.issued;
    switch (visit.outcome) {
    case Visit::Outcome::Served:
        ++m_counts.served;
        ++source.served;
        break;
    case Visit::Outcome::NoShow:
        ++m_counts.noShow;
        ++source.noShow;
        break;
    case Visit::Outcome::Cancelled:
        ++m_counts.cancelled;
        break;
    case Visit::Outcome::Open:
        ++m_counts.open;
        break;
    }
    if (const auto wait = visit.waitMinutes()) {
        m_waits.add(*wait);
        m_sourceWaits[visit.appointment ? 1 : 0].add(*wait);
        if (*wait <= waitTargetMinutes)
            ++m_withinTarget;
        if (visit.estimateMinutes >= 0)
            m_estimateErrors.add(std::abs(*wait - visit.estimateMinutes));
        if (visit.appointment && visit.dueAt > 0)
            m_punctuality.add(double(visit.firstCalledAt - visit.dueAt) / kMinute);
    }
    if (const auto minutes = visit.serviceMinutes())
        m_services.add(*minutes);
}

Figures FiguresTally::figures() const
{
    Figures figures = m_counts;
    figures.wait = m_waits.figures();
    figures.service = m_services.figures();
    if (figures.wait.count > 0)
        figures.serviceLevel = double(m_withinTarget) / double(figures.wait.count);
    figures.walkIn.wait = m_sourceWaits[0].figures();
    figures.appointment.wait = m_sourceWaits[1].figures();
    figures.estimateError = m_estimateErrors.figures();
    figures.punctuality = m_punctuality.figures();
    return figures;
}

QJsonObject ServiceFigures::toJson() const
{
    return {{u"serviceId"_s, QString::number(serviceId)},
            {u"issued"_s, issued},
            {u"served"_s, served},
            {u"noShow"_s, noShow},
            {u"waitMinutes"_s, wait.toJson()},
            {u"serviceMinutes"_s, service.toJson()}};
}

std::optional<double> CounterFigures::utilisation() const
{
    if (presentMinutes <= 0)
        return std::nullopt;
    return std::min(1.0, busyMinutes / presentMinutes);
}

QJsonObject CounterFigures::toJson() const
{
    return {{u"counterId"_s, QString::number(counterId)},
            {u"served"_s, served},
            {u"busyMinutes"_s, roundedMinutes(busyMinutes)},
            {u"presentMinutes"_s, roundedMinutes(presentMinutes)},
            {u"utilisation"_s, shareJson(utilisation())}};
}

void LinesTally::add(const Visit &visit)
{
    ServiceSums &sums = m_services[visit.serviceId];
    sums.line.serviceId = visit.serviceId;
    ++sums.line.issued;
    if (visit.outcome == Visit::Outcome::NoShow)
        ++sums.line.noShow;
    if (const auto wait = visit.waitMinutes())
        sums.waits.add(*wait);
    const auto minutes = visit.serviceMinutes();
    if (visit.served()) {
        ++sums.line.served;
        if (minutes)
            sums.services.add(*minutes);
    }
    if (visit.counterId <= 0 || visit.firstCalledAt <= 0)
        return;
    CounterFigures &counter = m_counters[visit.counterId];
    counter.counterId = visit.counterId;
    if (visit.served()) {
        ++counter.served;
        counter.busyMinutes += minutes.value_or(0);
    }
    CounterDay &day = m_counterDays[{visit.counterId, visit.day.toJulianDay()}];
    day.firstCall =
        day.firstCall > 0 ? std::min(day.firstCall, visit.firstCalledAt) : visit.firstCalledAt;
    day.lastFinish = std::max({day.lastFinish, visit.finishedAt, visit.firstCalledAt});
}

QList<ServiceFigures> LinesTally::services() const
{
    QList<ServiceFigures> lines;
    for (const ServiceSums &sums : m_services) {
        ServiceFigures line = sums.line;
        line.wait = sums.waits.figures();
        line.service = sums.services.figures();
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](const ServiceFigures &a, const ServiceFigures &b) {
        return a.serviceId < b.serviceId;
    });
    return lines;
}

QList<CounterFigures> LinesTally::counters() const
{
    QHash<qint64, CounterFigures> counters = m_counters;
    for (auto it = m_counterDays.cbegin(); it != m_counterDays.cend(); ++it)
        counters[it.key().first].presentMinutes += double(it->lastFinish - it->firstCall) / kMinute;
    QList<CounterFigures> lines = counters.values();
    std::sort(lines.begin(), lines.end(), [](const CounterFigures &a, const CounterFigures &b) {
        return a.counterId < b.counterId;
    });
    return lines;
}
