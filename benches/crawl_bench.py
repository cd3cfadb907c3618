#!/usr/bin/env python3
"""Crawl benchmark: needlewatch (release build) against N local pages of about
57 KB each, served by nginx on 127.0.0.1, optionally side by side with
urlwatch on the same pages.

Measures, per run, wall time, CPU time (user + sys) and peak RSS of the whole
process with /usr/bin/time, for a cold crawl (empty store) and a re-crawl in
which every page answers 304. Prints medians.

Usage (see benches/README.md):
    cargo build --release
    python3 benches/crawl_bench.py --pages 1000 --runs 5 [--urlwatch]
    python3 benches/crawl_bench.py --pages 10000 --runs 1      # RSS flatness
"""

import argparse
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "needlewatch"

WORDS = (
    "board physical therapy licensee practice rule section statute public comment meeting "
    "minutes continuing education patient referral treatment plan documentation supervision "
    "assistant examination renewal application fee complaint investigation discipline order "
    "hearing notice agenda member chair quorum motion approved adopted proposed amendment"
).split()


def paragraph(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def make_page(index, rng):
    """About 57 KB of HTML: heavy chrome around a main region with a position."""
    nav = "".join(
        f'<li><a href="/section/{n}?utm_source=site&amp;utm_medium=nav">Section {n} {rng.choice(WORDS)}</a></li>'
        for n in range(120)
    )
    body = "".join(f"<p>{paragraph(rng, rng.randint(40, 90))}</p>\n" for _ in range(80))
    statement = (
        "<p>Dry needling is within the scope of practice of physical therapy for a licensee "
        f"who completes {50 + index % 50} hours of training.</p>"
    )
    footer = "".join(f"<p>{paragraph(rng, 25)}</p>" for _ in range(6))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Board page {index}</title>
<style>body{{font-family:sans-serif}} .nav li{{display:inline}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
</head><body>
<header><div class="logo">State Board of Physical Therapy</div><div class="banner">Office closed on holidays.</div></header>
<nav><ul class="nav">{nav}</ul></nav>
<main id="content"><h1>Policy bulletin {index}</h1>
{statement}
{body}
</main>
<aside><h2>News</h2><p>{paragraph(rng, 40)}</p></aside>
<footer>{footer}<p>Last updated 2026-11-01. Visitors: {rng.randint(1000, 99999)}</p></footer>
</body></html>
"""
    return page


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_nginx(pages_dir, work):
    port = free_port()
    conf = work / "nginx.conf"
    conf.write_text(f"""
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    types {{ text/html html; }}
    default_type text/html;
    etag on;
    keepalive_requests 100000;
    client_body_temp_path {work}/tmp;
    proxy_temp_path {work}/tmp;
    fastcgi_temp_path {work}/tmp;
    uwsgi_temp_path {work}/tmp;
    scgi_temp_path {work}/tmp;
    server {{
        listen 127.0.0.1:{port};
        root {pages_dir};
    }}
}}
""")
    (work / "tmp").mkdir(exist_ok=True)
    subprocess.run(["nginx", "-c", str(conf), "-p", str(work)], check=True)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return port
        except OSError:
            time.sleep(0.05)
    raise SystemExit("nginx did not start")


def stop_nginx(work):
    pid_file = work / "nginx.pid"
    if pid_file.exists():
        os.kill(int(pid_file.read_text().strip()), signal.SIGQUIT)


def settle():
    """Flushes dirty pages left by the previous run, so one run's disk
    write-back does not land in the next run's wall time."""
    os.sync()
    time.sleep(0.5)


def timed(command, env=None):
    """Runs a command under /usr/bin/time; returns (wall s, cpu s, peak RSS MB)."""
    settle()
    fmt = "%e %U %S %M"
    result = subprocess.run(
        ["/usr/bin/time", "-f", fmt, *command],
        capture_output=True, text=True, env=env,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"command failed: {' '.join(command)}")
    last = result.stderr.strip().splitlines()[-1].split()
    wall, user, system, rss_kb = float(last[0]), float(last[1]), float(last[2]), int(last[3])
    return wall, user + system, rss_kb / 1024


def needlewatch_config(work, port, pages):
    lines = [
        "[settings]",
        f'store = "{work}/store"',
        f'out = "{work}/reports"',
        "concurrency = 8",
        "per_host_delay_ms = 0",
        "timeout_secs = 30",
        "",
    ]
    for index in range(pages):
        lines += [
            "[[sources]]",
            f'id = "page-{index}"',
            'kind = "state-board"',
            'subject = "TX"',
            f'url = "http://127.0.0.1:{port}/p{index}.html"',
            'selector = "main"',
            "",
        ]
    path = work / "sources.toml"
    path.write_text("\n".join(lines))
    return path


def urlwatch_files(work, port, pages):
    urls = work / "urls.yaml"
    jobs = []
    for index in range(pages):
        jobs.append(
            f"name: page-{index}\nurl: http://127.0.0.1:{port}/p{index}.html\n"
            "filter:\n  - css: main\n  - html2text\n"
        )
    urls.write_text("---\n".join(jobs))
    config = work / "urlwatch.yaml"
    config.write_text(
        "display:\n  new: true\n  error: true\n  unchanged: false\n"
        "report:\n  text:\n    details: true\n    footer: false\n    line_length: 75\n"
        "  stdout:\n    enabled: true\n    color: false\n"
    )
    return urls, config


def median_row(samples):
    walls, cpus, rsss = zip(*samples)
    return statistics.median(walls), statistics.median(cpus), statistics.median(rsss)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--urlwatch", action="store_true", help="also measure urlwatch on the same pages")
    args = parser.parse_args()
    if not BINARY.exists():
        raise SystemExit("build first: cargo build --release")
    if shutil.which("nginx") is None:
        raise SystemExit("needs nginx (apt-get install nginx-light)")

    work = Path(tempfile.mkdtemp(prefix="needlewatch-bench-"))
    work.chmod(0o755)  # nginx workers run unprivileged
    pages_dir = work / "pages"
    pages_dir.mkdir()
    rng = random.Random(20261126)
    total = 0
    for index in range(args.pages):
        page = make_page(index, rng)
        total += len(page.encode())
        (pages_dir / f"p{index}.html").write_text(page)
    print(f"{args.pages} pages, mean {total / args.pages / 1024:.1f} KiB, {total / 1e6:.1f} MB in all; {os.cpu_count()} cores")

    port = start_nginx(pages_dir, work)
    try:
        config = needlewatch_config(work, port, args.pages)
        command = [str(BINARY), "--config", str(config), "crawl", "--no-progress"]
        cold, warm = [], []
        for _ in range(args.runs):
            shutil.rmtree(work / "store", ignore_errors=True)
            shutil.rmtree(work / "reports", ignore_errors=True)
            cold.append(timed(command))
            warm.append(timed(command))
        store_size = sum(f.stat().st_size for f in (work / "store").rglob("*") if f.is_file())
        results = [("needlewatch cold", cold), ("needlewatch 304 re-crawl", warm)]

        if args.urlwatch:
            urls, uw_config = urlwatch_files(work, port, args.pages)
            cache = work / "cache.db"
            uw_command = ["urlwatch", "--urls", str(urls), "--config", str(uw_config), "--cache", str(cache)]
            uw_cold, uw_warm = [], []
            for _ in range(args.runs):
                if cache.exists():
                    cache.unlink()
                uw_cold.append(timed(uw_command))
                uw_warm.append(timed(uw_command))
            results += [("urlwatch cold", uw_cold), ("urlwatch 304 re-crawl", uw_warm)]

        print(f"\nmedians of {args.runs} run(s):")
        print(f"{'':28} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12}")
        for name, samples in results:
            wall, cpu, rss = median_row(samples)
            print(f"{name:28} {wall:8.3f} {cpu:8.3f} {rss:12.1f}")
        print(f"\nneedlewatch store after a cold run: {store_size / 1e6:.1f} MB on disk")
        if args.urlwatch:
            n_cold = median_row(cold)[0]
            n_warm = median_row(warm)[0]
            u_cold = median_row(results[2][1])[0]
            u_warm = median_row(results[3][1])[0]
            print(f"wall-time ratio urlwatch/needlewatch: cold {u_cold / n_cold:.1f}x, re-crawl {u_warm / n_warm:.1f}x")
    finally:
        stop_nginx(work)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
