"""Real news text for the generator.

The text comes from Reuters-21578 newswire stories (1987) as shipped inside the
Debian package "weka" (files ReutersGrain-*.arff / ReutersCorn-*.arff under
/usr/share/doc/weka/examples/).  The package is fetched once with
`apt-get download weka`, unpacked into the user's cache folder, parsed, cleaned and stored
there as reuters_corpus.json.  Later runs only read that JSON file.
"""
import glob
import json
import os
import re
import subprocess
import tempfile


def _cache() -> str:
    """The user's cache folder for benchmark text (shared with benchmarks/corpus.py)."""
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # run by a Python without the project's dependencies
        return os.path.join(os.path.expanduser("~"), ".cache", "tui-reader-bench", "reuters")
    return os.path.join(user_cache_dir("tui-reader-bench"), "reuters")


CACHE = _cache()
CORPUS_JSON = os.path.join(CACHE, "reuters_corpus.json")

# Abbreviations after which a period does not end a sentence.
ABBREV = {
    "u.s", "u.k", "inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "vs", "e.g", "i.e", "gov", "sen", "rep", "gen", "lt",
    "col", "mt", "ft", "bros", "jr", "sr", "u.n", "e.c", "s.a", "n.v", "plc",
    "cos", "dept", "est", "approx", "calif", "ill", "mass", "fla", "tex",
    "wash", "va", "pa", "n.j", "n.y", "conn", "mich", "ohio", "ind", "wis",
    "minn", "mo", "kan", "neb", "okla", "ariz", "colo", "ore", "ga", "ala",
    "tenn", "ky", "md", "del", "a.g", "ag", "p.m", "a.m", "d.c", "l.p",
}


def split_sentences(text):
    """Split a paragraph into sentences with a small rule-based splitter."""
    text = " ".join(text.split())
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\')]?\s+(?=["\'(]?[A-Z0-9])', text):
        end = m.end()
        if text[:end].count('"') % 2 == 1:   # inside an open quotation
            continue
        chunk = text[start:end].strip()
        # word just before the final period
        mw = re.search(r"([A-Za-z.]+)[.!?][\"')]?\s*$", chunk)
        if mw:
            w = mw.group(1).lower().rstrip(".")
            if w in ABBREV or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"([a-z]\.)+[a-z]", w):
                continue
        if len(chunk.split()) < 3:
            continue
        out.append(chunk)
        start = end
    rest = text[start:].strip()
    if rest:
        if out and len(rest.split()) < 3:
            out[-1] = out[-1] + " " + rest
        else:
            out.append(rest)
    return out


COMMON_SHORT = set("""a an the and or of in on at to for by with from as vs up new oil net
set buy cut end say says see two six ten one say lot low key may due bid off out sea tax tin
rig raw fed job win top big old war pay new due hit era ice gas yen law aid ban air bay far
car arm dip fix fly get got let put run sit son sun use via was yet has had are its not may own sees eye few box fee gap lag net""".split())


def _title_case(head):
    small = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for",
             "by", "with", "from", "as", "vs", "over", "after"}
    words = head.lower().split()
    res = []
    for i, w in enumerate(words):
        if i > 0 and w in small:
            res.append(w)
        elif re.fullmatch(r"(u\.s\.?|u\.k\.?|ec|opec|gatt|imf|usda|ussr|ccc|fed|gnp|gdp|ldp|eep|nyse)", w):
            res.append(w.upper())
        elif len(w) <= 3 and w.isalpha() and w not in COMMON_SHORT:
            res.append(w.upper())
        elif "." in w and len(w) <= 5:
            res.append(w.upper())
        else:
            res.append(w[:1].upper() + w[1:])
    return " ".join(res)


def _clean_raw(s):
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    s = re.sub(r"&#\d+;", "", s)
    s = re.sub(r"<([^<>]{1,80})>", r"\1", s)
    s = s.replace("<", "").replace(">", "")
    # stock ticker codes such as CRAA.S or BUVA.S
    s = re.sub(r" [A-Z]{2,5}\.[A-Z]{1,2}\b", "", s)
    s = re.sub(r"\s*\b(Reuter|REUTER)\s*$", "", s.strip())
    return s


def _parse_story(raw):
    """Return dict(headline, paragraphs=[[sent, ...], ...]) or None."""
    raw = _clean_raw(raw)
    first_line, _, rest = raw.partition("\n")
    toks = first_line.split(" ")
    k = 0
    while k < len(toks) and (toks[k] == toks[k].upper()):
        k += 1
    # body must begin with a capitalised mixed-case word
    if k == 0 or k >= len(toks):
        return None
    # a body opening with "A" or "I" would otherwise be swallowed by the headline
    if k > 1 and toks[k - 1] in ("A", "I"):
        k -= 1
    # a company name repeated right after the headline belongs to the body
    elif k > 2 and toks[k - 1] in toks[:k - 1]:
        k -= 1
    head = " ".join(toks[:k]).strip()
    body = " ".join(toks[k:]) + "\n" + rest
    paras = [p for p in re.split(r"\n\s{2,}", body) if p.strip()]
    out = []
    for p in paras:
        sents = [x for x in split_sentences(p)
                 if re.search(r"[.!?][\"')]?$", x)]
        if sents:
            out.append(sents)
    if not out or len(head) < 8:
        return None
    # drop ticker codes echoing the company name ("VIACOM VIA OFFER")
    hw = head.split()
    hw = [w for i, w in enumerate(hw)
          if not (0 < i and 2 <= len(w) <= 5 and w != hw[i - 1] and w.isalpha()
                  and (hw[i - 1].startswith(w) or (i > 1 and hw[i - 2].startswith(w))))]
    head = " ".join(hw)
    return {"headline": _title_case(head), "headline_raw": head, "paragraphs": out}


def _good(story):
    sents = [s for p in story["paragraphs"] for s in p]
    words = " ".join(sents).split()
    if len(words) < 150 or len(sents) < 6:
        return False
    alpha = sum(1 for w in words if re.fullmatch(r"[a-z][a-z'\-]*[,.;:]?", w))
    if alpha / len(words) < 0.62:          # tables of figures, results lists
        return False
    if any(len(s.split()) > 90 for s in sents):
        return False
    if re.search(r"\b(Shr|Qtr|Revs|Avg shrs)\b", " ".join(sents)):
        return False
    return True


def _fetch_arff():
    """Fetch the Debian weka package once and copy its Reuters ARFF files."""
    os.makedirs(CACHE, exist_ok=True)
    if glob.glob(os.path.join(CACHE, "Reuters*.arff")):
        return
    debdir = os.path.join(CACHE, "deb")
    os.makedirs(debdir, exist_ok=True)
    if not glob.glob(os.path.join(debdir, "weka_*.deb")):
        subprocess.run(["apt-get", "download", "weka"], cwd=debdir, check=True)
    deb = sorted(glob.glob(os.path.join(debdir, "weka_*.deb")))[-1]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["dpkg-deb", "-x", deb, td], check=True)
        for f in glob.glob(os.path.join(td, "usr/share/doc/weka/examples/Reuters*.arff*")):
            data = open(f, "rb").read()
            name = os.path.basename(f)
            if name.endswith(".gz"):
                import gzip
                data = gzip.decompress(data)
                name = name[:-3]
            open(os.path.join(CACHE, name), "wb").write(data)


def build_corpus():
    _fetch_arff()
    raws = {}
    for f in sorted(glob.glob(os.path.join(CACHE, "Reuters*.arff"))):
        data = open(f, encoding="latin-1").read().split("@data", 1)[1]
        for m in re.finditer(r"'((?:[^'\\]|\\.)*)',([01])", data):
            s = m.group(1)
            s = (s.replace("\\n", "\n").replace("\\'", "'")
                  .replace('\\"', '"').replace("\\\\", "\\"))
            raws.setdefault(s[:300], s)
    stories, seen_heads = [], set()
    for key in sorted(raws):
        st = _parse_story(raws[key])
        if not st or not _good(st):
            continue
        sig = " ".join(st["paragraphs"][0][0].split()[:12])
        if sig in seen_heads:
            continue
        seen_heads.add(sig)
        stories.append(st)
    for i, st in enumerate(stories):
        st["sid"] = i
    with open(CORPUS_JSON, "w", encoding="utf-8") as fh:
        json.dump(stories, fh, ensure_ascii=False)
    return stories


def load_corpus():
    if os.path.exists(CORPUS_JSON):
        with open(CORPUS_JSON, encoding="utf-8") as fh:
            return json.load(fh)
    return build_corpus()


if __name__ == "__main__":
    st = build_corpus()
    print(len(st), "stories")
    import random
    r = random.Random(3)
    for s in r.sample(st, 2):
        print("==", s["headline"], "|", s["headline_raw"])
        for p in s["paragraphs"]:
            print("  *", " / ".join(p))
