# Precompiled headers: most of a build's time goes into parsing the same Qt
# headers again for every file. Each room precompiles the common ones once;
# the tests share two precompiled sets (with and without widgets).
#
# Precompiled headers can hide a missing #include; configure with
# -DTRESEN_PRECOMPILED_HEADERS=OFF to check that every file includes what it
# uses. ccache caches such builds only with
# CCACHE_SLOPPINESS=pch_defines,time_macros (see CONTRIBUTING.md).
#
#   tresen_precompile_headers(<target> CORE|WIDGETS|TEST|TEST_WIDGETS)

option(TRESEN_PRECOMPILED_HEADERS "Precompile the common Qt headers" ON)

set(TRESEN_PCH_CORE
    <QByteArray> <QDateTime> <QDebug> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
    <QJsonValue> <QList> <QLoggingCategory> <QMap> <QObject> <QPointer> <QSet> <QString>
    <QStringList> <QTimer> <QUrl> <QVariant> <functional> <memory> <optional>)
set(TRESEN_PCH_WIDGETS ${TRESEN_PCH_CORE}
    <QAbstractItemModel> <QAction> <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QMessageBox> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
set(TRESEN_PCH_TEST <QSignalSpy> <QTemporaryDir> <QTest>)

function(tresen_precompile_headers target set)
    if(NOT TRESEN_PRECOMPILED_HEADERS)
        return()
    endif()
    if(set STREQUAL "CORE")
        target_precompile_headers(${target} PRIVATE ${TRESEN_PCH_CORE})
    elseif(set STREQUAL "WIDGETS")
        target_precompile_headers(${target} PRIVATE ${TRESEN_PCH_WIDGETS})
    elseif(set STREQUAL "TEST")
        target_precompile_headers(${target} PRIVATE ${TRESEN_PCH_CORE} ${TRESEN_PCH_TEST})
    elseif(set STREQUAL "TEST_WIDGETS")
        target_precompile_headers(${target} PRIVATE ${TRESEN_PCH_WIDGETS} ${TRESEN_PCH_TEST})
    else()
        message(FATAL_ERROR "tresen_precompile_headers: unknown set ${set}")
    endif()
endfunction()
