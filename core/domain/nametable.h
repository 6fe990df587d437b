#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

// An enum's names as the API spells them, both ways ("no_show" <-> NoShow).
template <typename Enum, size_t N> struct NameTable
{
    std::pair<Enum, QStringView> entries[N]; // names as u"..." literals: constexpr

    QString name(Enum value) const
    {
        for (const auto &[entry, entryName] : entries) {
            if (entry == value)
                return entryName.toString();
        }
        return {};
    }
    std::optional<Enum> find(QStringView name) const
    {
        for (const auto &[entry, entryName] : entries) {
            if (name == entryName)
                return entry;
        }
        return std::nullopt;
    }
};
