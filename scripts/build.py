#!/usr/bin/env python3
"""Builds 建议通's release dist/: every entry page and web worker.

What trunk did for one page, for several: cargo builds the wasm binaries,
wasm-bindgen makes their JavaScript glue, wasm-opt -Oz shrinks them and
terser their glue, the style sheet loses its comments, the
page files get content-hashed names (cached for ever by the service
worker), and each entry page's HTML is written from index.html with the
tags that load its own wasm. See ARCHITECTURE.md ("Build") for why this
replaced trunk.

- Entry pages: the binaries `page_<name>` (src/bin/page_<name>.rs) become
  `<name>.html` with `page_<name>-<hash>.js` and `page_<name>-<hash>_bg.wasm`.
- Workers: the binaries `<name>_worker` become `<name>_worker.js`,
  `<name>_worker_bg.wasm` and `<name>_worker_loader.js` (unhashed, loaded
  by `platform::ask_worker`).

Usage: scripts/build.py [--dist DIR]
"""

import argparse
import base64
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_TRIPLE = "wasm32-unknown-unknown"


def say(message):
    print(f"[build] {message}", flush=True)


def run(args, **kw):
    result = subprocess.run(args, cwd=ROOT, **kw)
    if result.returncode != 0:
        sys.exit(f"[build] failed ({result.returncode}): {' '.join(args)}")
    return result


def binaries():
    """The app package's binary targets, from cargo's own metadata."""
    out = run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps", "--offline"],
        stdout=subprocess.PIPE,
    ).stdout
    meta = json.loads(out)
    package = next(p for p in meta["packages"] if p["name"] == "jianyi")
    bins = [t["name"] for t in package["targets"] if "bin" in t["kind"]]
    return meta["target_directory"], bins


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


def integrity(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def wasm_opt(path):
    # An entry page's wasm counts against the first visit's budget:
    # --low-memory-unused (Rust's wasm puts its stack first, so the low
    # 1 KB of memory is stack that is never reached; loads and stores there
    # fold into shorter code) and --converge (-Oz until nothing shrinks)
    # take about 5 KB brotli more off. A worker loads on demand: -Oz alone.
    extra = ["--converge", "--low-memory-unused"] if os.path.basename(path).startswith("page_") else []
    run(["wasm-opt", "-Oz", *extra, f"--output={path}", path])


def minify_js(path, module):
    """wasm-bindgen's glue, minified by terser (npm, pinned in package.json):
    about 2 KB brotli less on every page's first visit."""
    args = [os.path.join(ROOT, "node_modules", ".bin", "terser"), path, "--compress", "--mangle", f"--output={path}"]
    if module:
        args.insert(2, "--module")
    run(args)


def minify_css(css):
    """The style sheet without comments and needless whitespace (no string
    in it holds a run of spaces or a brace)."""
    text = re.sub(r"/\*.*?\*/", "", css.decode(), flags=re.S)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*([{};,>])\s*", r"\1", text)
    return text.replace(";}", "}").strip().encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=os.path.join(ROOT, "dist"))
    args = parser.parse_args()

    target_dir, bins = binaries()
    pages = sorted(b for b in bins if b.startswith("page_"))
    workers = sorted(b for b in bins if b.endswith("_worker"))
    if not pages:
        sys.exit("[build] no entry page binaries (page_*) in Cargo.toml")

    say(f"cargo build --release: {len(pages)} pages, {len(workers)} workers")
    run(["cargo", "build", "--release", "--offline", "--target", TARGET_TRIPLE, "-p", "jianyi", "--bins"])

    work = os.path.join(target_dir, "jianyi-build")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for name in pages + workers:
        target = "web" if name in pages else "no-modules"
        run([
            "wasm-bindgen", f"--target={target}", f"--out-dir={work}", f"--out-name={name}",
            "--no-typescript",
            os.path.join(target_dir, TARGET_TRIPLE, "release", f"{name}.wasm"),
        ])

    say("wasm-opt -Oz")
    wasms = [os.path.join(work, f"{name}_bg.wasm") for name in pages + workers]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(wasm_opt, wasms))
    say("terser")
    for name in pages + workers:
        minify_js(os.path.join(work, f"{name}.js"), module=name in pages)

    staging = os.path.join(target_dir, "jianyi-dist")
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)

    def put(name, data):
        with open(os.path.join(staging, name), "wb") as f:
            f.write(data)

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    css = minify_css(read(os.path.join(ROOT, "style", "main.css")))
    css_name = f"main-{digest(css)}.css"
    put(css_name, css)

    template = read(os.path.join(ROOT, "index.html")).decode()
    # The template's trunk-era asset tags are replaced by the page's own.
    template = re.sub(r"\s*<link data-trunk[^>]*>", "", template)

    for name in pages:
        js = read(os.path.join(work, f"{name}.js"))
        wasm = read(os.path.join(work, f"{name}_bg.wasm"))
        js_name = f"{name}-{digest(js)}.js"
        wasm_name = f"{name}-{digest(wasm)}_bg.wasm"
        put(js_name, js)
        put(wasm_name, wasm)
        tags = f"""
  <link rel="stylesheet" href="./{css_name}" integrity="{integrity(css)}">
  <link rel="modulepreload" href="./{js_name}" crossorigin="anonymous" integrity="{integrity(js)}">
  <link rel="preload" href="./{wasm_name}" crossorigin="anonymous" integrity="{integrity(wasm)}" as="fetch" type="application/wasm">
  <script type="module">
import init from './{js_name}';
await init({{ module_or_path: './{wasm_name}' }});
  </script>
"""
        html = template.replace("</head>", tags + "</head>", 1)
        put(name.removeprefix("page_") + ".html", html.encode())

    for name in workers:
        for suffix in (".js", "_bg.wasm"):
            put(name + suffix, read(os.path.join(work, name + suffix)))
        # A wasm that fails to load is said to the page (as the worker's
        # one reply, a message), never left as a rejection nobody hears.
        put(
            f"{name}_loader.js",
            f'importScripts("./{name}.js");wasm_bindgen("./{name}_bg.wasm")'
            f'.catch(e=>postMessage("无法载入："+e));'.encode(),
        )

    for public in sorted(os.listdir(os.path.join(ROOT, "public"))):
        shutil.copy(os.path.join(ROOT, "public", public), os.path.join(staging, public))

    shutil.rmtree(args.dist, ignore_errors=True)
    shutil.move(staging, args.dist)
    say(f"dist ready: {', '.join(n.removeprefix('page_') + '.html' for n in pages)}")


if __name__ == "__main__":
    main()
