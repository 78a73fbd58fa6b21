// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** Measures the real app: cold start to first frame, and resident memory with a 40-person caseload. */

#include "../loadaverage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Pathway::Bench::loadAverage;

namespace {
constexpr double FirstFrameTargetMs = 500;
constexpr double MemoryTargetMiB = 150;

struct Run
{
    double firstFrameMs = -1;
    double firstFrameCpuMs = -1; ///< the GUI thread's CPU time (user + system) by the first frame
    double readyMs = -1;
    double rssMiB = -1;
    QByteArray renderer; ///< what drew the first frame, as the app reports it (software, opengl)
};

std::optional<double> residentMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return std::nullopt;
}

/** CPU time (user + system) the main (GUI) thread of @p pid has used, from /proc (10 ms resolution). */
std::optional<double> mainThreadCpuMs(qint64 pid)
{
    QFile stat(u"/proc/%1/task/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

/** Starts `pathway --demo manager --bench-report` and reads its report lines. */
std::optional<Run> runOnce()
{
    QTemporaryDir data;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, env.contains(u"DISPLAY"_s) ? u"xcb"_s : u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    // PATHWAY_BENCH_APP compares another build of the app (e.g. one before a change) on the same machine.
    const QString binary = qEnvironmentVariable("PATHWAY_BENCH_APP", QString::fromUtf8(PATHWAY_APP_BINARY));
    app.start(binary, {u"--demo"_s, u"manager"_s, u"--data"_s, data.path(), u"--bench-report"_s});
    if (!app.waitForStarted(10000)) {
        std::fprintf(stderr, "bench_app: cannot start %s\n", qPrintable(binary));
        return std::nullopt;
    }
    Run run;
    QByteArray buffer;
    while (clock.elapsed() < 60000 && (run.firstFrameMs < 0 || run.readyMs < 0)) {
        if (!app.waitForReadyRead(100)) {
            if (app.state() == QProcess::NotRunning)
                break;
            continue;
        }
        buffer += app.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl).trimmed();
            buffer.remove(0, nl + 1);
            if (line.startsWith("renderer "))
                run.renderer = line.mid(9);
            else if (line.startsWith("first-frame") && run.firstFrameMs < 0) {
                run.firstFrameMs = double(clock.nsecsElapsed()) / 1e6;
                run.firstFrameCpuMs = mainThreadCpuMs(app.processId()).value_or(-1);
            } else if (line.startsWith("ready") && run.readyMs < 0)
                run.readyMs = double(clock.nsecsElapsed()) / 1e6;
        }
    }
    if (run.readyMs >= 0) {
        QThread::msleep(500); // let the first page settle
        run.rssMiB = residentMiB(app.processId()).value_or(-1);
    }
    app.terminate();
    if (!app.waitForFinished(5000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    if (run.firstFrameMs < 0 || run.readyMs < 0) {
        std::fprintf(stderr, "bench_app: the app did not report a first frame and a loaded caseload: %s\n",
                     app.readAllStandardError().constData());
        return std::nullopt;
    }
    return run;
}

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication qapp(argc, argv);
    const bool quick = qEnvironmentVariableIntValue("PATHWAY_BENCH_QUICK") == 1;
    const int runs = quick ? 1 : 5;
    const QByteArray loadBefore = loadAverage();
    std::vector<Run> results;
    for (int i = 0; i < runs; ++i) {
        auto r = runOnce();
        if (!r)
            return 1;
        results.push_back(*r);
    }
    const auto median = [&](auto member) {
        std::vector<double> v;
        for (const Run &r : results)
            v.push_back(r.*member);
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double frame = median(&Run::firstFrameMs);
    const double frameCpu = median(&Run::firstFrameCpuMs);
    const double ready = median(&Run::readyMs);
    const double rss = median(&Run::rssMiB);
    std::printf("bench_app (%d run%s, median; demo manager device with 40 young people; renderer %s, drew with %s)\n",
                runs, runs == 1 ? "" : "s",
                qEnvironmentVariable("PATHWAY_RENDERER", u"automatic"_s).toUtf8().constData(),
                results.front().renderer.isEmpty() ? "(not reported)" : results.front().renderer.constData());
    std::printf("  load average before %s, after %s\n", loadBefore.constData(), loadAverage().constData());
    std::printf("  cold start to first frame: %7.1f ms   target <= %.0f ms   %s\n", frame, FirstFrameTargetMs,
                verdict(frame <= FirstFrameTargetMs));
    std::printf(
        "  the GUI thread's CPU time by the first frame: %7.1f ms   (information: what is left without other load)\n",
        frameCpu);
    std::printf("  first frame to caseload loaded (new store, Argon2id key): %7.1f ms   (information)\n",
                ready - frame);
    std::printf("  resident memory, caseload loaded: %7.1f MiB   target <= %.0f MiB   %s\n", rss, MemoryTargetMiB,
                verdict(rss > 0 && rss <= MemoryTargetMiB));
    return 0;
}
