#!/usr/bin/env python3
"""Generates the sample inbox input-samples/stoere-schildpadden/ for jobs/stoere-schildpadden.yaml.

Stoere Schildpadden: a group training of 12 weekly sessions for children aged 4 to 8 after their
parents' divorce. Six organisations in Noord-Brabant, groups from September 2022 to June 2023,
exported from the intervention owner's registration portal and typed-in questionnaires, saved by
Dutch Excel: windows-1252, ';', CRLF, dd-MM-yyyy mixed with d-M-yyyy (re-saved rows), Ja/Nee/Afgemeld,
core components separated by ", ", ratings with a decimal comma.

Three nightly exports (30-04-2023, 31-05-2023, 30-06-2023) plus a corrected re-export, a copy of a
file, and a hand-made attendance list with US dates that is meant to be refused; a handful of
deliberately damaged rows. The list of deliberate cases, with file and line, is printed at the end
(and is in input-samples/README.md).

Deterministic: run it again and the files come out byte for byte the same.

    python3 input-samples/stoere-schildpadden-generator.py
"""
import random
from datetime import date, timedelta
from pathlib import Path

SEED = 20230630
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
OUT = HERE / "stoere-schildpadden"

NIGHTS = [date(2023, 4, 30), date(2023, 5, 31), date(2023, 6, 30)]
AS_OF = NIGHTS[-1]
IMPL_START = date(2022, 9, 1)
CORRECTION_DAY = date(2023, 6, 5)      # the corrected May re-export was made early June


def d(y, m, dd):
    return date(y, m, dd)


# School holidays, region south 2022-2023, and single days off: no group session then.
HOLIDAYS = [(d(2022, 10, 22), d(2022, 10, 30)),   # herfstvakantie
            (d(2022, 12, 24), d(2023, 1, 8)),     # kerstvakantie
            (d(2023, 2, 18), d(2023, 2, 26)),     # voorjaarsvakantie (carnaval)
            (d(2023, 4, 22), d(2023, 5, 7)),      # meivakantie
            (d(2023, 7, 15), d(2023, 8, 27))]     # zomervakantie
DAYS_OFF = {d(2023, 4, 7), d(2023, 4, 10), d(2023, 5, 18), d(2023, 5, 19), d(2023, 5, 29)}

# Core components and the session(s) of the manual in which each is delivered.
CURRICULUM = {
    1: ["kennismaken"],
    2: ["kennismaken", "uitleg_scheiding"],
    3: ["uitleg_scheiding"],
    4: ["uitleg_scheiding", "gevoelens"],
    5: ["gevoelens"],
    6: ["gevoelens", "schildpadtechniek"],
    7: ["schildpadtechniek"],
    8: ["schildpadtechniek", "probleemoplossen"],
    9: ["probleemoplossen"],
    10: ["probleemoplossen"],
    11: ["probleemoplossen"],
    12: ["afsluiting"],
}
COMPONENTS = ["kennismaken", "uitleg_scheiding", "gevoelens", "schildpadtechniek", "probleemoplossen",
              "afsluiting"]

ROUND_START = {"A": d(2022, 9, 19), "B": d(2023, 1, 16), "C": d(2023, 3, 27)}

# key, name, municipalities (weights), groups per round, round start overrides, trainers (who lead
# groups), the wider trainer pool (the MIDI respondents), attendance, dropout, chance that a group
# skips a component, observation base score, satisfaction, SDQ gain.
ORGS = [
    dict(key="KJG", name="Kompas Jeugd & Gezin", munis=[("Eindhoven", 0.72), ("Veldhoven", 0.28)],
         groups={"A": 4, "B": 4, "C": 4}, starts={}, trainers=["KJG-T01", "KJG-T02", "KJG-T03", "KJG-T04"],
         pool=["KJG-T05", "KJG-T06", "KJG-T07"], attend=0.94, dropout=0.04, skip=0.01, obs=4.3,
         sat=4.6, kid=0.78, gain=0.32, wait=(10, 70, 30)),
    dict(key="KK", name="Stichting Kindkracht", munis=[("Tilburg", 0.8), ("Goirle", 0.2)],
         groups={"A": 2, "B": 2, "C": 2}, starts={}, trainers=["KK-T01", "KK-T02", "KK-T03"],
         pool=["KK-T04", "KK-T05", "KK-T06"], attend=0.92, dropout=0.06, skip=0.01, obs=4.0,
         sat=4.5, kid=0.74, gain=0.27, wait=(10, 70, 30)),
    dict(key="MEI", name="Welzijn De Meierij", munis=[("Meierijstad", 0.6), ("Sint-Michielsgestel", 0.4)],
         groups={"A": 2, "B": 1, "C": 2}, starts={"A": d(2022, 10, 31), "C": d(2023, 4, 11)},
         trainers=["MEI-T01", "MEI-T02"], pool=["MEI-T03", "MEI-T04", "MEI-T05"], attend=0.92,
         dropout=0.07, skip=0.10, obs=3.7, sat=4.3, kid=0.72, gain=0.22, wait=(20, 150, 80)),
    dict(key="HLM", name="Schoolmaatschappelijk Werk Helmond", munis=[("Helmond", 0.75), ("Deurne", 0.25)],
         groups={"A": 2, "B": 2, "C": 2}, starts={}, trainers=["HLM-T01", "HLM-T02", "HLM-T03"],
         pool=["HLM-T04", "HLM-T05", "HLM-T06"], attend=0.87, dropout=0.06, skip=0.03, obs=3.6,
         sat=3.9, kid=0.66, gain=0.12, wait=(10, 70, 30)),
    dict(key="MAAS", name="Jeugdhulp Maasland", munis=[("Oss", 0.7), ("Bernheze", 0.3)],
         groups={"A": 0, "B": 2, "C": 1}, starts={"B": d(2023, 1, 23), "C": d(2023, 4, 3)},
         trainers=["MAAS-T01", "MAAS-T02"], pool=["MAAS-T03", "MAAS-T04", "MAAS-T05"], attend=0.92,
         dropout=0.06, skip=0.02, obs=3.8, sat=4.4, kid=0.74, gain=0.22, wait=(10, 60, 28)),
    dict(key="BRE", name="CJG Breda", munis=[("Breda", 1.0)],
         groups={"A": 1, "B": 1, "C": 1}, starts={}, trainers=["BRE-T01"], pool=["BRE-T02", "BRE-T03"],
         attend=0.93, dropout=0.05, skip=0.01, obs=4.1, sat=4.5, kid=0.76, gain=0.28, wait=(10, 70, 30)),
]
ORG = {o["key"]: o for o in ORGS}

# Helmond's groups run short: sessions cancelled (trainer ill, no room) and not made up.
# group -> (cancelled session numbers, afsluiting moved into the last held session?, sessions given);
# group C1 was stopped after its tenth session at the end of June (the school needed the room).
HELMOND_CANCEL = {"A1": ({11, 12}, True, 12), "A2": ({7}, True, 12), "B1": ({9, 10}, True, 12),
                  "B2": ({11, 12}, False, 12), "C1": (set(), True, 10), "C2": ({5}, True, 12)}

END_LABEL = {"completed": "Afgerond", "dropped_out": "Voortijdig gestopt",
             "withdrawn": "Toestemming ingetrokken", "not_started": "Niet gestart", "moved": "Verhuisd"}
REFERRERS = ["School (IB'er)", "Wijkteam", "Huisarts", "Ouder zelf", "Jeugdarts", "Mediator"]
REMARKS = ["Kind woont week-om-week bij beide ouders", "Vader haalt op op woensdag",
           "Broertje zit in dezelfde groep", "Allergie: noten", "Ouders willen geen contact met elkaar",
           "Ook aangemeld bij de KIES-training op school"]


def in_holiday(day):
    return day in DAYS_OFF or any(a <= day <= b for a, b in HOLIDAYS)


def fmt(day, short=False):
    """dd-MM-yyyy, or d-M-yyyy as Dutch Excel writes a date it has re-saved."""
    if day is None:
        return ""
    if short:
        return f"{day.day}-{day.month}-{day.year}"
    return day.strftime("%d-%m-%Y")


def comma(x):
    return f"{x:g}".replace(".", ",")


def pick(weighted):
    r = rng.random()
    acc = 0.0
    for value, w in weighted:
        acc += w
        if r < acc:
            return value
    return weighted[-1][0]


def within(day, period):
    return day is not None and period[0] <= day <= period[1]


# ---------------------------------------------------------------- groups and children (the truth)

class Group:
    pass


class Traject:
    pass


def session_dates(first):
    out = []
    day = first
    while len(out) < 12:
        if not in_holiday(day):
            out.append(day)
        day += timedelta(days=7)
    return out


def make_groups():
    groups = []
    for org in ORGS:
        for rnd in "ABC":
            base = org["starts"].get(rnd, ROUND_START[rnd])
            for g in range(org["groups"][rnd]):
                gr = Group()
                gr.org = org
                gr.round = rnd
                gr.no = g + 1
                gr.muni = org["munis"][g % len(org["munis"])][0] if g < 2 else pick(org["munis"])
                first = base + timedelta(days=g % 4)         # Monday, Tuesday, ... per group
                while in_holiday(first):
                    first += timedelta(days=7)
                gr.dates = session_dates(first)
                gr.stop = 12
                gr.trainer = org["trainers"][(g + "ABC".index(rnd)) % len(org["trainers"])]
                gr.code = f"{org['key']}-{rnd}{g + 1}-{gr.dates[0]:%y}"
                gr.cancel, gr.moved_farewell = set(), True
                if org["key"] == "HLM":
                    gr.cancel, gr.moved_farewell, gr.stop = HELMOND_CANCEL[f"{rnd}{g + 1}"]
                    gr.dates = gr.dates[:gr.stop]
                elif rng.random() < 0.12:
                    gr.cancel = {rng.randint(3, 10)}        # a single cancelled session
                # the components this group's trainer skips altogether (not only forgets to tick)
                gr.skipped = {c for c in COMPONENTS[1:5] if rng.random() < org["skip"]}
                gr.comps = {}
                held = [n for n in range(1, gr.stop + 1) if n not in gr.cancel]
                for n in held:
                    # a trainer now and then forgets to tick a component; the closing party is always ticked
                    comps = [c for c in CURRICULUM[n] if c not in gr.skipped
                             and (c == "afsluiting" or rng.random() > 0.03)]
                    if n == held[-1] and (12 in gr.cancel or gr.stop < 12) and gr.moved_farewell:
                        comps.append("afsluiting")
                    gr.comps[n] = comps
                gr.duration = {n: rng.choice([75, 90, 90, 90, 100]) for n in held}
                groups.append(gr)
    return groups


def make_trajects(groups):
    global rng
    trajects = []
    clients = set()
    for org in ORGS:
        rng = random.Random(f"{SEED}-{org['key']}")    # one stream per organisation
        og = [g for g in groups if g.org is org]
        for gr in og:
            n = rng.randint(6, 9) if org["key"] != "BRE" else rng.randint(6, 8)
            if org["key"] == "HLM" and gr.round == "C" and gr.no == 1:
                n = 6
            extra = sum(1 for _ in range(n) if rng.random() < 0.09)  # registered, never started
            for k in range(n + extra):
                t = Traject()
                t.org, t.group = org, gr
                lo, hi, mode = org["wait"]
                t.registered_on = gr.dates[0] - timedelta(days=int(rng.triangular(lo, hi, mode)))
                if org["key"] == "MEI" and gr.round == "C" and k % 2 == 0:
                    # the second group of round B did not run (too few trainers): its children waited
                    t.registered_on = d(2022, 11, 1) + timedelta(days=rng.randint(0, 80))
                t.registered_on = max(t.registered_on, d(2022, 5, 16))
                t.muni = gr.muni if rng.random() < 0.85 else pick(org["munis"])
                t.prof = gr.trainer
                t.not_started = k >= n
                trajects.append(t)
        # children registered from mid-April 2023 on wait for the groups of September 2023
        n_wait = sum(org["groups"].values()) * 2 + rng.randint(0, 4)
        for _ in range(n_wait):
            t = Traject()
            t.org, t.group = org, None
            t.registered_on = d(2023, 4, 14) + timedelta(days=rng.randint(0, 76))
            t.muni = pick(org["munis"])
            t.prof = None
            t.not_started = False
            trajects.append(t)
    rng = random.Random(SEED)
    for t in trajects:
        while True:
            c = "K" + str(rng.randint(100000, 999999))
            if c not in clients:
                clients.add(c)
                break
        t.client = c
        t.age = rng.choice([4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8])
        t.gender = rng.choice(["Jongen", "Meisje"])
        t.referrer = rng.choice(REFERRERS)
        t.remark = rng.choice(REMARKS) if rng.random() < 0.06 else ""
        t.short = rng.random() < 0.15
        t.started_on = t.ended_on = t.end_reason = None
        t.sessions = []
        gr = t.group
        if gr is None:
            continue
        if t.not_started:
            t.ended_on = gr.dates[0] - timedelta(days=rng.randint(1, 10))
            t.end_reason = "not_started"
            continue
        org = t.org
        t.started_on = gr.dates[0]
        p = min(0.99, max(0.6, rng.gauss(org["attend"], 0.05)))
        fate = pick([("dropout", org["dropout"]), ("moved", 0.01), ("complete", 1.0)])
        stop_after = rng.randint(2, 7)
        for n, day in enumerate(gr.dates, start=1):
            if n in gr.cancel:
                t.sessions.append(dict(no=n, date=day, held=False, att=None))
            else:
                att = rng.random() < p
                t.sessions.append(dict(no=n, date=day, held=True, att=att,
                                       absent="Afgemeld" if rng.random() < 0.65 else "Nee"))
            if fate != "complete" and n == stop_after:
                break
        last = t.sessions[-1]["date"]
        if fate == "complete":
            t.ended_on = last
            t.end_reason = "completed"
        elif fate == "dropout":
            t.ended_on = last + timedelta(days=rng.randint(5, 14))
            t.end_reason = "dropped_out" if rng.random() < 0.65 else "withdrawn"
        else:
            t.ended_on = last + timedelta(days=rng.randint(3, 10))
            t.end_reason = "moved"
    trajects.sort(key=lambda t: (t.registered_on, t.org["key"], t.client))
    for i, t in enumerate(trajects):
        t.id = f"SS-{10001 + i}"
    # entry dates: the day the coordinator typed it into the portal
    for t in trajects:
        t.reg_entry = t.registered_on + timedelta(days=rng.choice([0, 0, 0, 1, 2, 3]))
        for s in t.sessions:
            s["entry"] = s["date"] + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 7]))
            s["short"] = t.short
        t.start_entry = t.sessions[0]["entry"] if t.sessions else None
        t.end_entry = (t.ended_on + timedelta(days=rng.choice([0, 1, 2, 5, 9]))) if t.ended_on else None
        if t.ended_on and t.ended_on > AS_OF:
            t.end_entry = t.ended_on
        if t.group and t.group.stop < 12 and t.ended_on:
            t.end_entry = min(t.end_entry, AS_OF - timedelta(days=1))   # closed right after the last session
    return trajects


# ---------------------------------------------------------------- CSV writing

class Csv:
    """Rows to write; a row may carry a note (a deliberate mistake or point of interest)."""

    def __init__(self, name, header):
        self.name = name
        self.header = header
        self.rows = []  # (cells, note)

    def add(self, cells, note=None):
        assert len(cells) == len(self.header), (self.name, cells)
        self.rows.append((list(cells), note))

    def text(self, notes_out, sep=";"):
        def cell(v):
            v = "" if v is None else str(v)
            if any(ch in v for ch in sep + '"\r\n'):
                return '"' + v.replace('"', '""') + '"'
            return v
        records = [sep.join(cell(c) for c in self.header)]
        line = 1
        for cells, note in self.rows:
            line += records[-1].count("\n") + 1   # a line break inside a quoted cell is a physical line too
            records.append(sep.join(cell(c) for c in cells))
            if note:
                notes_out.append((self.name, line, note))
        return "\r\n".join(records) + "\r\n"

    def write(self, notes_out, sep=";"):
        (OUT / self.name).write_bytes(self.text(notes_out, sep).encode("cp1252"))
        return len(self.rows)


REG_HEADER = ["Deelnemernr", "Kindnummer", "Training", "Organisatie", "Gemeente", "Groep", "Trainer",
              "Aangemeld via", "Datum aanmelding", "Startdatum", "Einddatum", "Reden beëindiging",
              "Leeftijd", "Geslacht", "Opmerking"]
SES_HEADER = ["Deelnemernr", "Groep", "Bijeenkomst", "Datum", "Doorgegaan", "Aanwezig", "Onderdelen",
              "Duur (min)"]


def reg_cells(t, night, **override):
    """The registration row as the portal shows it on the given night."""
    started = t.started_on if t.start_entry and t.start_entry <= night else None
    ended = t.ended_on if t.end_entry and t.end_entry <= night else None
    v = dict(id=t.id, client=t.client, training="Stoere Schildpadden", org=t.org["name"], muni=t.muni,
             group=t.group.code if t.group else "", prof=t.prof or "", ref=t.referrer,
             reg=fmt(t.registered_on, t.short), start=fmt(started, t.short), end=fmt(ended, t.short),
             reason=END_LABEL[t.end_reason] if ended else "", age=t.age, gender=t.gender, remark=t.remark)
    v.update(override)
    return [v["id"], v["client"], v["training"], v["org"], v["muni"], v["group"], v["prof"], v["ref"],
            v["reg"], v["start"], v["end"], v["reason"], v["age"], v["gender"], v["remark"]]


def ses_cells(t, s, group=None):
    gr = group or t.group
    if not s["held"]:
        return [t.id, gr.code, s["no"], fmt(s["date"], s["short"]), "Nee", "n.v.t.", "", ""]
    att = "Ja" if s["att"] else s["absent"]
    return [t.id, gr.code, s["no"], fmt(s["date"], s["short"]), "Ja", att, ", ".join(gr.comps[s["no"]]),
            gr.duration[s["no"]]]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.csv"):
        old.unlink()
    groups = make_groups()
    trajects = make_trajects(groups)
    notes = []
    counts = {}
    chosen = set()

    def take(pred):
        for t in trajects:
            if t.id not in chosen and pred(t):
                chosen.add(t.id)
                return t
        raise SystemExit("no traject for a deliberate case")

    n1 = (date(2000, 1, 1), NIGHTS[0])
    n2 = (NIGHTS[0] + timedelta(days=1), NIGHTS[1])
    n3 = (NIGHTS[1] + timedelta(days=1), NIGHTS[2])

    def gkey(t):
        return t.group and f"{t.group.org['key']}-{t.group.round}{t.group.no}"

    # ---- the trajects that carry a deliberate mistake or a point of interest
    # M1: Startdatum 31-9-2022 (September has 30 days), night 1; the correctie repairs it
    t_sep31 = take(lambda t: t.org["key"] == "KK" and t.group and t.group.round == "A" and t.started_on
                   and t.end_reason == "completed")
    # W1: registered two days after the first session (typed in afterwards); stays
    t_late = take(lambda t: t.org["key"] == "KJG" and t.group and t.group.round == "B" and t.started_on
                  and t.end_reason == "completed")
    t_late.registered_on = t_late.started_on + timedelta(days=2)
    t_late.reg_entry = t_late.registered_on
    t_late.remark = "Aanmelding achteraf ingevoerd"
    # W2: Einddatum without a reason (night 1); the correctie adds it
    t_noreason = take(lambda t: t.org["key"] == "BRE" and t.end_reason == "completed" and within(t.end_entry, n1))
    # M2: Einddatum with a five-digit year, night 2; the correctie repairs it
    t_year = take(lambda t: t.org["key"] == "MAAS" and t.end_reason == "completed" and within(t.end_entry, n2))
    # C: two Meierij children registered under the wrong trainer until the correctie
    t_prof = [take(lambda t: t.org["key"] == "MEI" and t.group and t.group.round == "C" and t.started_on)
              for _ in range(2)]
    for t in t_prof:
        t.wrong_prof = "MEI-T02" if t.prof != "MEI-T02" else "MEI-T01"
    # M3: Helmond's shortened group C1 is closed with a new label, night 3
    short_c1 = [t for t in trajects if gkey(t) == "HLM-C1" and t.end_reason == "completed" and within(t.end_entry, n3)]
    # M4: a catch-up session typed as "inhaal" instead of a number (Kompas, night 2)
    t_catchup = take(lambda t: t.org["key"] == "KJG" and t.group and t.group.round == "C" and t.started_on
                     and len(t.sessions) == 12 and not t.sessions[4]["att"] and t.sessions[4]["held"])
    # M5: a session dated 30-02-2023 (night 1)
    t_feb30 = take(lambda t: t.org["key"] == "KK" and t.group and t.group.round == "B" and t.started_on
                   and any(s["date"] == d(2023, 2, 28) or s["date"] == d(2023, 2, 27) for s in t.sessions))
    # D: a group whose session-6 rows the portal exported twice (night 2)
    dup_group = next(g for g in groups if g.org["key"] == "KK" and g.round == "C")
    # US: Jeugdhulp Maasland's group C1 attendance, kept by hand in May (US settings): refused;
    # the coordinator typed the same sessions into the portal in June
    maas_c1 = [t for t in trajects if gkey(t) == "MAAS-C1" and t.sessions]
    for t in maas_c1:
        for s in t.sessions:
            if within(s["date"], (d(2023, 5, 8), d(2023, 5, 31))):
                s["entry"] = d(2023, 6, 12)

    # ---------------------------------------------------------------- registrations
    dd_rows = {   # Dappere Dino's, the sister training, is in the same portal export: skipped
        0: [("SS-90412", "Dappere Dino's", "KJG", "Eindhoven", "KJG-DD1-23", "KJG-T05", d(2023, 1, 9), d(2023, 1, 30), d(2023, 4, 17), "Afgerond"),
            ("SS-90413", "Dappere Dino's", "KJG", "Eindhoven", "KJG-DD1-23", "KJG-T05", d(2023, 1, 9), d(2023, 1, 30), None, "")],
        1: [(f"SS-9{n}", "Dappere Dino's", "KK", "Tilburg", "KK-DD1-23", "KK-T04", d(2023, 5, 8) + timedelta(days=n % 9), None, None, "")
            for n in range(501, 507)],
        2: [(f"SS-9{n}", "Dappere Dino's", "KK", "Tilburg", "KK-DD1-23", "KK-T04", d(2023, 5, 8) + timedelta(days=n % 9), d(2023, 6, 5), None, "")
            for n in range(501, 507)],
    }
    prev = date(2000, 1, 1)
    for i, night in enumerate(NIGHTS):
        f = Csv(f"registraties_{night:%Y%m%d}.csv", REG_HEADER)
        rows = []
        for t in trajects:
            if t.reg_entry > night:
                continue
            events = [t.reg_entry, t.start_entry, t.end_entry]
            if not any(e is not None and prev < e <= night for e in events):
                continue
            override, note = {}, None
            if hasattr(t, "wrong_prof"):
                override["prof"] = t.wrong_prof
            if rng.random() < 0.02:
                override["training"] = "stoere schildpadden"      # typed by hand in the portal's free field
            if t is t_sep31 and i == 0:
                override["start"] = "31-9-2022"
                note = ("M1", "Startdatum 31-9-2022 does not exist",
                        f"reject (started_on); {t.id} is stored from the correctie (start {fmt(t.started_on)})")
            if t is t_late and i == 0:
                note = ("W1", "Datum aanmelding two days after the Startdatum (registered afterwards)",
                        "accept with a warning (stays: not corrected)")
            if t is t_noreason and i == 0:
                override["reason"] = ""
                note = ("W2", "Einddatum without Reden beëindiging",
                        "accept with a warning; cleared by registraties_20230531_correctie.csv")
            if t is t_year and i == 1:
                override["end"] = fmt(t.ended_on).replace(str(t.ended_on.year), "20" + str(t.ended_on.year))
                note = ("M2", f"Einddatum {override['end']} (a five-digit year)",
                        f"reject (ended_on); {t.id} keeps its earlier row until the correctie")
            if t in short_c1 and i == 2:
                override["reason"] = "Afgerond (verkort)"
                note = ("M3", "Reden beëindiging 'Afgerond (verkort)', a new label the job file does not map",
                        f"reject (end_reason); {t.id} keeps its earlier row (ongoing)")
            rows.append((t.registered_on, t.id, reg_cells(t, night, **override), note))
        for tid, label, key, muni, grp, prof, reg, start, end, reason in dd_rows[i]:
            cells = [tid, "K" + str(rng.randint(100000, 999999)), label, ORG[key]["name"], muni, grp, prof,
                     "School (IB'er)", fmt(reg), fmt(start), fmt(end), reason, rng.randint(4, 8),
                     rng.choice(["Jongen", "Meisje"]), ""]
            rows.append((reg, tid, cells, ("S", f"{tid}: training '{label}', not Stoere Schildpadden",
                                           "skip (counted as skipped)")))
        rows.sort(key=lambda r: (r[0], r[1]))
        for _, _, cells, note in rows:
            f.add(cells, note)
        counts[f.name] = f.write(notes)
        prev = night

    # the corrected re-export of May, made by hand early June; it writes the code SS
    f = Csv("registraties_20230531_correctie.csv", REG_HEADER)
    for t in sorted([t_sep31, t_noreason, t_year] + t_prof, key=lambda t: t.id):
        if hasattr(t, "wrong_prof"):
            del t.wrong_prof
        f.add(reg_cells(t, CORRECTION_DAY, training="SS"),
              ("C", f"corrected row of {t.id}", "accept; replaces the stored row"))
    counts[f.name] = f.write(notes)

    # ---------------------------------------------------------------- attendance
    dd_sessions = []     # the Dappere Dino's group of Kindkracht: its attendance is in the export too
    dd_group = Group()
    dd_group.code = "KK-DD1-23"
    dd_group.comps = {1: [], 2: [], 3: [], 4: []}
    dd_group.duration = {1: 60, 2: 60, 3: 60, 4: 60}
    for n in range(501, 507):
        dt = Traject()
        dt.id = f"SS-9{n}"
        for no, day in enumerate([d(2023, 6, 5), d(2023, 6, 12), d(2023, 6, 19), d(2023, 6, 26)], start=1):
            dd_sessions.append((dt, dict(no=no, date=day, held=True, att=rng.random() < 0.9,
                                         absent="Afgemeld", short=False, entry=day)))
    prev = date(2000, 1, 1)
    for i, night in enumerate(NIGHTS):
        f = Csv(f"aanwezigheid_{night:%Y%m%d}.csv", SES_HEADER)
        rows = []
        for t in trajects:
            for s in t.sessions:
                if not (prev < s["entry"] <= night):
                    continue
                cells = ses_cells(t, s)
                note = None
                if t is t_feb30 and s["date"] in (d(2023, 2, 27), d(2023, 2, 28)):
                    cells[3] = "30-02-2023"
                    note = ("M5", "Datum 30-02-2023 does not exist", "reject (date)")
                if t is maas_c1[0] and s["entry"] == d(2023, 6, 12) and not any(
                        x["entry"] == d(2023, 6, 12) for x in t.sessions[:s["no"] - 1]):
                    note = ("N", "Maasland C1 sessions of May, typed into the portal on 12 June",
                            "accept (the hand-made list of these sessions is refused)")
                rows.append((s["date"], t.group.code, t.id, s["no"], cells, note))
                if t.group is dup_group and s["no"] == 6 and i == 1:
                    rows.append((s["date"], t.group.code, t.id, s["no"], list(cells),
                                 ("D", f"session 6 of {t.id} exported twice",
                                  "accept both; the second replaces the first (stored once)")))
                if t is t_catchup and s["no"] == 6:
                    extra = s["date"] - timedelta(days=2)
                    rows.append((extra, t.group.code, t.id, 0,
                                 [t.id, t.group.code, "inhaal", fmt(extra), "Ja", "Ja",
                                  "uitleg_scheiding, gevoelens", 45],
                                 ("M4", "Bijeenkomst 'inhaal' (a catch-up session for session 5) is not a number",
                                  "reject (session_no)")))
        if i == 2:
            for dt, s in dd_sessions:
                cells = ses_cells(dt, s, dd_group)
                rows.append((s["date"], dd_group.code, dt.id, s["no"], cells,
                             ("W3", f"session of {dt.id}, a Dappere Dino's child (skipped in registrations)",
                              "accept with a warning (unknown traject)")))
        rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
        for _, _, _, _, cells, note in rows:
            f.add(cells, note)
        counts[f.name] = f.write(notes)
        prev = night
    # a copy of the May export, saved next to it by a coordinator
    src = OUT / "aanwezigheid_20230531.csv"
    (OUT / "aanwezigheid_20230531_kopie.csv").write_bytes(src.read_bytes())
    notes.append(("aanwezigheid_20230531_kopie.csv", 1,
                  ("K", "a byte-identical copy of aanwezigheid_20230531.csv",
                   "ignore (content seen before): not loaded, not counted")))

    # the hand-made attendance list of Jeugdhulp Maasland, group C1, kept in an English (US) Excel:
    # comma-separated, M/d/yyyy dates
    f = Csv("aanwezigheid_handmatig_maasland.csv", SES_HEADER)
    for t in maas_c1:
        for s in t.sessions:
            if s["entry"] == d(2023, 6, 12):
                cells = ses_cells(t, s)
                cells[3] = f"{s['date'].month}/{s['date'].day}/{s['date'].year}"
                cells[4] = "ja"
                cells[5] = "ja" if s["att"] else "nee"
                f.add(cells)
    (OUT / f.name).write_bytes(f.text([], sep=",").encode("cp1252"))
    counts[f.name] = len(f.rows)
    notes.append((f.name, 1, ("R", "hand-made list with US dates (5/8/2023), comma-separated",
                              "refuse the whole file (every row's date is rejected); its sessions are in "
                              "aanwezigheid_20230630.csv")))

    # ---------------------------------------------------------------- observatie (quality)
    obs_items = ["Structuur bijeenkomst", "Uitleg oefeningen", "Veilige sfeer", "Alle kinderen betrokken",
                 "Schildpad-metafoor"]
    obs = []
    used = set()
    for gr in groups:
        visits = [rng.choice([5, 6, 7, 8])]
        if gr.org["key"] in ("MAAS", "HLM") and gr.round != "C":
            visits.append(11 if 11 not in gr.cancel else 10)
        for n in visits:
            if n in gr.cancel:
                n -= 1
            day = gr.dates[n - 1]
            observer = ["SUP-01", "SUP-02", "SUP-03"][(groups.index(gr) + n) % 3]
            while (observer, gr.org["key"], day) in used:
                observer = "SUP-0" + str(int(observer[-1]) % 3 + 1)
            used.add((observer, gr.org["key"], day))
            vals = []
            for k in range(5):
                b = gr.org["obs"] - (0.5 if gr.org["key"] == "HLM" and k == 0 else 0)
                vals.append(comma(min(5.0, max(1.0, round((b + rng.gauss(0, 0.5)) * 2) / 2))))
            remark = ""
            if gr.org["key"] == "HLM" and rng.random() < 0.5:
                remark = "Lokaal pas laat beschikbaar; begon 15 min later"
            obs.append((day, observer, gr, n, vals, remark))
    obs.sort(key=lambda o: (o[0], o[2].code))
    obs_entry = {id(o): o[0] + timedelta(days=rng.randint(1, 9)) for o in obs}
    prev = date(2000, 1, 1)
    for night in NIGHTS:
        f = Csv(f"observatie_{night:%Y%m%d}.csv",
                ["Observator", "Organisatie", "Groep", "Trainer", "Datum", "Bijeenkomst"] + obs_items + ["Opmerkingen"])
        for o in obs:
            day, observer, gr, n, vals, remark = o
            if prev < obs_entry[id(o)] <= night and day <= AS_OF:
                f.add([observer, gr.org["name"], gr.code, gr.trainer, fmt(day, rng.random() < 0.2), n] + vals + [remark])
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- kindvragenlijst (responsiveness)
    faces = ["verdrietig", "neutraal", "blij"]
    kid = []
    for t in trajects:
        if t.end_reason != "completed" or not t.sessions:
            continue
        last = [s for s in t.sessions if s["held"]][-1]
        if not last["att"] or rng.random() > 0.92:
            continue
        p = t.org["kid"]
        ans = []
        for k in range(4):
            r = rng.random()
            v = "blij" if r < p else ("neutraal" if r < p + (1 - p) * 0.75 else "verdrietig")
            if rng.random() < 0.05:
                v = v.capitalize()          # typed by the trainer; the job file's labels match in any case
            if rng.random() < 0.03:
                v = "weet niet"
            ans.append(v)
        kid.append((last["date"], t, ans))
    kid.sort(key=lambda k: (k[0], k[1].id))
    prev = date(2000, 1, 1)
    num = 0
    for night in NIGHTS:
        f = Csv(f"kindvragenlijst_{night:%Y%m%d}.csv",
                ["Formulier", "Deelnemernr", "Groep", "Datum", "K1 Leuk in de groep", "K2 Geleerd over gevoelens",
                 "K3 Durfde te vertellen", "K4 Vriendje aanraden"])
        for day, t, ans in kid:
            entry = day + timedelta(days=(int(t.id[-2:]) % 6))
            if prev < entry <= night:
                num += 1
                f.add([f"KV{num:04d}", t.id, t.group.code, fmt(day, t.short)] + ans)
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- oudervragenlijst (responsiveness)
    ouder_items = ["O1 Tevreden over de training", "O2 Kind heeft er iets aan gehad", "O3 Goed geïnformeerd",
                   "O4 Ouderbijeenkomst nuttig", "O5 Kind ging met tegenzin", "O6 Zou het aanraden"]
    remarks = ["Mijn dochter praat nu veel makkelijker over de scheiding",
               "Jammer dat er bijeenkomsten uitvielen; de laatste twee keer ging niet door",
               "Fijne trainers! Hij keek elke week uit naar woensdag.",
               "Wij hadden graag meer contact gehad met de trainer; de ouderavond was kort",
               "Het schildpad-boekje gebruiken we thuis nog steeds",
               "Zoon vond het in het begin spannend; na 3 weken ging hij graag"]
    parents = []
    for t in trajects:
        if t.end_reason not in ("completed", "dropped_out", "withdrawn") or not t.sessions:
            continue
        org = t.org
        n_par = (1 if rng.random() < (0.75 if t.end_reason == "completed" else 0.25) else 0)
        n_par += 1 if n_par and rng.random() < 0.35 else 0
        first = "Moeder" if rng.random() < 0.7 else "Vader"
        for k in range(n_par):
            who = first if k == 0 else ("Vader" if first == "Moeder" else "Moeder")
            when = t.ended_on + timedelta(days=rng.randint(0, 14))
            base = org["sat"] - (0.7 if t.end_reason != "completed" else 0) + rng.gauss(0, 0.45)
            if org["key"] == "HLM" and t.group.cancel and len(t.group.cancel) >= 2:
                base -= 0.5
            vals = []
            for j in range(6):
                v = int(round(min(5, max(1, base + rng.gauss(0, 0.55)))))
                if j == 4:
                    v = 6 - v
                vals.append(v)
            remark = ""
            short_group = org["key"] == "HLM" and len(t.group.cancel) >= 2
            if rng.random() < (0.4 if short_group else 0.18):
                remark = remarks[1] if short_group and rng.random() < 0.6 else rng.choice(remarks[:1] + remarks[2:])
            if rng.random() < 0.02:
                remark = "Heel fijn gedaan.\nBedankt juf Sanne en juf Petra!"
            parents.append((when, t, who, vals, remark))
    parents.sort(key=lambda p: (p[0], p[1].id, p[2]))
    prev = date(2000, 1, 1)
    num = 0
    for night in NIGHTS:
        f = Csv(f"oudervragenlijst_{night:%Y%m%d}.csv",
                ["Respondent", "Deelnemernr", "Ouder", "Datum"] + ouder_items + ["Toelichting"])
        for when, t, who, vals, remark in parents:
            if prev < when + timedelta(days=3) <= night:
                num += 1
                f.add([f"OV{num:04d}", t.id, who, fmt(when, rng.random() < 0.15)] + vals + [remark])
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- SDQ (outcome; parent-rated, emotional subscale)
    sdq_items = ["SDQ03", "SDQ08", "SDQ13", "SDQ16", "SDQ24"]
    meas = []
    for t in trajects:
        if t.not_started or rng.random() > 0.8:
            continue
        t.parent = f"P{t.client[1:]}"
        level = min(1.9, max(0.2, rng.gauss(1.0, 0.35)))
        if not t.sessions:          # waiting for a group in September: the intake measurement only
            meas.append((t.registered_on + timedelta(days=rng.randint(3, 20)), t, "T0", level))
            continue
        pre_day = max(t.registered_on, t.started_on - timedelta(days=rng.randint(3, 20)))
        meas.append((pre_day, t, "T0", level))
        if t.end_reason == "completed" and rng.random() < 0.75:
            post_day = t.ended_on + timedelta(days=rng.randint(5, 25))
            meas.append((post_day, t, "T1", level - t.org["gain"] + rng.gauss(0, 0.25)))
            if t.org["key"] == "KJG" and t.group.round == "A" and rng.random() < 0.3:
                meas.append((t.ended_on + timedelta(days=rng.randint(85, 100)), t, "T2",
                             level - t.org["gain"] + rng.gauss(0, 0.25)))
    meas.sort(key=lambda m: (m[0], m[1].id, m[2]))
    prev = date(2000, 1, 1)
    for night in NIGHTS:
        f = Csv(f"sdq_{night:%Y%m%d}.csv",
                ["Respondent", "Deelnemernr", "Organisatie", "Meetmoment", "Datum"] + sdq_items)
        for day, t, moment, level in meas:
            if not (prev < day + timedelta(days=2) <= night) or day > AS_OF:
                continue
            vals = []
            for k in range(5):
                v = int(round(min(2, max(0, level + rng.gauss(0, 0.5)))))
                vals.append(v if rng.random() > 0.02 else "")
            note = None
            if moment == "T2":
                note = ("M6", "Meetmoment T2, a follow-up measurement three months after the group",
                        "reject (moment: the job maps only T0 and T1)")
            f.add([t.parent, t.id, t.org["name"], moment, fmt(day, rng.random() < 0.15)] + vals, note)
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- MIDI (trainers, February 2023)
    # raw answers 1..5 (helemaal oneens .. helemaal eens); Stelling 2 and 9 are worded negatively
    def midi_profile(key):
        return [
            4.3,                                            # 1 procedural_clarity
            2.0,                                            # 2 complexity (reverse)
            3.9,                                            # 3 compatibility
            4.5,                                            # 4 relevance_for_client
            4.2 if key != "HLM" else 3.7,                   # 5 outcome_expectations
            3.6 if key != "MAAS" else 3.0,                  # 6 self_efficacy
            3.8,                                            # 7 knowledge
            1.2 if key == "MEI" else (2.9 if key == "HLM" else 3.9),   # 8 time_available
            4.4 if key == "MEI" else 2.3,                   # 9 staff_capacity (reverse)
            3.3 if key == "MEI" else 4.0,                   # 10 management_support
            1.4 if key == "HLM" else 4.0,                   # 11 facilities
            1.6 if key in ("MAAS", "BRE") else 3.3,         # 12 legislation_and_funding
            3.7,                                            # 13 cooperation_partners
        ]
    f = Csv("midi_trainers_202302.csv",
            ["Respondent", "Organisatie", "Rol", "Datum"] + [f"Stelling {i}" for i in range(1, 14)])
    resp = []
    for org in ORGS:
        for tr in org["trainers"] + org["pool"]:
            day = d(2023, 2, 6) + timedelta(days=rng.randint(0, 18))
            while in_holiday(day):
                day += timedelta(days=9)
            vals = []
            for item, mean in enumerate(midi_profile(org["key"]), start=1):
                v = int(round(min(5, max(1, rng.gauss(mean, 0.5 if mean < 2 else 0.8)))))
                if rng.random() < 0.03 and not (org["key"] == "MEI" and item in (8, 9)):
                    v = rng.choice(["Weet ik niet", "n.v.t."])
                vals.append(v)
            role = "Trainer" if tr in org["trainers"] else "Co-trainer"
            resp.append((day, [tr, org["name"], role, fmt(day)] + vals))
    resp.sort(key=lambda r: (r[0], r[1][0]))
    for _, cells in resp:
        f.add(cells)
    counts[f.name] = f.write(notes)

    # ---------------------------------------------------------------- borging checklist
    borg_items = ["B1 Uitvoering ook bij hoge werkdruk", "B2 Kwaliteit routinematig bewaakt",
                  "B3 Materialen onderhouden", "B4 Ondersteuning trainers", "B5 Periodiek doorontwikkeld",
                  "B6 Nieuwe trainers opgeleid", "B7 Structurele financiering", "B8 In managementrapportage",
                  "B9 Opbrengsten in jaarverslag", "B10 Eigenaar benoemd"]
    J, N, W = "Ja", "Nee", "Weet ik niet"
    rounds = {
        "borging_2022-11.csv": [
            ("coord-KJG", "KJG", d(2022, 11, 14), [J, J, J, J, N, J, J, J, N, J]),
            ("coord-KK", "KK", d(2022, 11, 16), [J, N, J, J, N, N, J, J, N, J]),
            ("coord-MEI", "MEI", d(2022, 11, 21), [N, N, J, N, N, N, J, N, N, J]),
            ("coord-HLM", "HLM", d(2022, 11, 23), [N, J, N, J, N, N, J, J, N, J]),
            ("coord-BRE", "BRE", d(2022, 11, 30), [J, J, J, J, N, N, N, J, N, J]),
        ],
        "borging_2023-06.csv": [
            ("coord-KJG", "KJG", d(2023, 6, 12), [J, J, J, J, J, J, J, J, J, J]),
            ("coord-KK", "KK", d(2023, 6, 13), [J, J, J, J, N, J, J, J, N, J]),
            ("coord-MEI", "MEI", d(2023, 6, 14), [N, J, J, N, N, N, J, J, N, J]),
            ("coord-HLM", "HLM", d(2023, 6, 19), [N, J, N, J, N, J, J, J, W, J]),
            ("coord-MAAS", "MAAS", d(2023, 6, 20), [N, N, J, J, N, N, N, N, N, J]),
            ("coord-BRE", "BRE", d(2023, 6, 26), [J, J, J, J, N, J, N, J, N, J]),
        ],
    }
    for name, rows in rounds.items():
        f = Csv(name, ["Organisatie", "Ingevuld door", "Datum"] + borg_items)
        for who, key, day, answers in rows:
            f.add([ORG[key]["name"], who, fmt(day)] + answers)
        counts[f.name] = f.write(notes)

    # ---------------------------------------------------------------- summary
    t_in = [t for t in trajects if t.registered_on <= AS_OF]
    print(f"groups: {len(groups)}; trajects (truth): {len(trajects)}; registered <= as_of: {len(t_in)}; "
          f"started: {sum(1 for t in t_in if t.started_on)}")
    for name in sorted(counts):
        print(f"  {name:42s} {counts[name]:5d} rows")
    print("deliberate cases:")
    for name, line, (code, what, handling) in sorted(notes, key=lambda n: (n[0], n[1])):
        print(f"  {code:4s} {name}:{line}: {what} -> {handling}")


if __name__ == "__main__":
    main()
