#!/usr/bin/env python3
"""Generates the sample inbox input-samples/psycho-educatie/ for jobs/psycho-educatie.yaml.

Psycho-educatie bij financiële problemen, five organisations in the province of Utrecht,
June 2021 to March 2022, exported the way a Dutch registration system and a survey tool write:
windows-1252, ';', CRLF, dd-MM-yyyy mixed with d-M-yyyy (rows re-saved in Excel), Ja/Nee,
components separated by ", ", rapportcijfers with a decimal comma.

Three nightly exports (31-01-2022, 28-02-2022, 31-03-2022) plus a corrected re-export and a
hand-made file that is meant to be refused; a handful of deliberately damaged rows. The list of
deliberate mistakes, with file and line, is printed at the end (and is in input-samples/README.md).

Deterministic: run it again and the files come out byte for byte the same.

    python3 input-samples/psycho-educatie-generator.py
"""
import random
import string
from datetime import date, timedelta
from pathlib import Path

SEED = 20220331
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
OUT = HERE / "psycho-educatie"

NIGHTS = [date(2022, 1, 31), date(2022, 2, 28), date(2022, 3, 31)]
AS_OF = NIGHTS[-1]
IMPL_START = date(2021, 6, 1)
CORRECTION_DAY = date(2022, 3, 4)   # the corrected February re-export was made early March

END_LABEL = {  # canonical -> label as the registration system writes it
    "completed": "Afgerond",
    "dropped_out": "Voortijdig beëindigd",
    "unreachable": "Cliënt niet bereikbaar",   # also dropped_out in the job file
    "not_started": "Niet gestart",
    "moved": "Verhuisd",                       # other
    "referred": "Doorverwezen",                # other
}

ORGS = [
    # name, key, municipalities, trajects, professionals, first registration, waiting model,
    # fidelity and satisfaction parameters
    dict(name="Hulp & Schuld Utrecht", key="HSU",
         munis=[("Utrecht", 0.8), ("Stichtse Vecht", 0.2)], n=90,
         profs=["MW101", "MW102", "MW103", "MW104", "MW105"], first=date(2021, 6, 1),
         wait="short", interval=(12, 24), dropout=0.10, p_verk1=0.85, p_verk2=0.95,
         p_eval=0.92, p_skip4=0.05, sat=8.1, gain=0.85, resp=0.70, pre=0.85,
         function="Schuldhulpverlener"),
    dict(name="Kredietbank Midden-Nederland", key="KB",
         munis=[("Zeist", 0.55), ("De Bilt", 0.35), ("Utrecht", 0.10)], n=76,
         profs=["MW201", "MW202", "MW203", "MW204", "MW205"], first=date(2021, 6, 1),
         wait="long", interval=(21, 42), dropout=0.22, p_verk1=0.45, p_verk2=0.70,
         p_eval=0.55, p_skip4=0.35, sat=6.6, gain=0.35, resp=0.50, pre=0.70,
         function="Schuldhulpverlener"),
    dict(name="Stichting Eén Stap Verder", key="ESV",
         munis=[("Nieuwegein", 0.75), ("Utrecht", 0.25)], n=60,
         profs=["MW301", "MW302", "MW303"], first=date(2021, 6, 14),
         wait="medium", interval=(14, 28), dropout=0.15, p_verk1=0.70, p_verk2=0.90,
         p_eval=0.75, p_skip4=0.12, sat=7.4, gain=0.65, resp=0.60, pre=0.80,
         function="Maatschappelijk werker"),
    dict(name="Budgetcoach Amersfoort", key="BA",
         munis=[("Amersfoort", 1.0)], n=41,
         profs=["MW401", "MW402", "MW403"], first=date(2021, 10, 4),
         wait="short", interval=(10, 21), dropout=0.12, p_verk1=0.80, p_verk2=0.95,
         p_eval=0.85, p_skip4=0.05, sat=7.9, gain=0.75, resp=0.70, pre=0.85,
         function="Budgetcoach"),
    dict(name="Sociaal Team Stichtse Vecht", key="SVT",
         munis=[("Stichtse Vecht", 1.0)], n=33,
         profs=["MW501", "MW502", "MW503"], first=date(2021, 7, 1),
         wait="medium", interval=(14, 28), dropout=0.15, p_verk1=0.65, p_verk2=0.90,
         p_eval=0.70, p_skip4=0.10, sat=7.3, gain=0.55, resp=0.55, pre=0.75,
         function="Sociaal raadsvrouw/-man"),
]
ORG_BY_NAME = {o["name"]: o for o in ORGS}

REFERRERS = ["Wijkteam", "Huisarts", "Zelfmelder", "Woningcorporatie", "Schuldhulpmaatje",
             "Sociaal raadslieden", "Werk & Inkomen"]
REMARKS = [
    "Wil graag avondafspraak; werkt overdag",
    "Cliënt heeft ook contact met GGZ",
    "Eén gesprek telefonisch i.v.m. ziekte",
    "Financiële situatie verergerd na ontslag",
    "Tolk nodig (Arabisch)",
    "Partner gaat mee naar gesprekken",
    "Beslaglegging op loon, spoed",
]


def d(y, m, dd):
    return date(y, m, dd)


def fmt(day, short=False):
    """dd-MM-yyyy, or d-M-yyyy as Dutch Excel writes a date it has re-saved."""
    if day is None:
        return ""
    if short:
        return f"{day.day}-{day.month}-{day.year}"
    return day.strftime("%d-%m-%Y")


def cijfer(x):
    """A number with a decimal comma, as a Dutch survey tool writes it."""
    s = f"{x:g}"
    return s.replace(".", ",")


def token(used, n=6):
    while True:
        t = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))
        if t not in used:
            used.add(t)
            return t


def wait_days(org):
    kind = org["wait"]
    if kind == "short":
        return rng.randint(4, 38) if rng.random() < 0.97 else rng.randint(60, 100)
    if kind == "medium":
        return int(rng.triangular(6, 85, 28)) if rng.random() < 0.90 else rng.randint(95, 130)
    # long: a waiting list
    return rng.randint(25, 88) if rng.random() < 0.34 else rng.randint(94, 175)


def pick(weighted):
    r = rng.random()
    acc = 0.0
    for value, w in weighted:
        acc += w
        if r < acc:
            return value
    return weighted[-1][0]


# ---------------------------------------------------------------- the trajects (the truth)

class Traject:
    pass


def simulate_sessions(t, org):
    """Sessions of a started traject; sets t.sessions, t.ended_on, t.end_reason."""
    fate = pick([("dropout", org["dropout"]), ("other", 0.03),
                 ("complete", 1 - org["dropout"] - 0.03)])
    drop_after = rng.randint(1, 3)
    target = 3 if rng.random() < org["p_skip4"] else 4
    other_after = rng.randint(1, 2)
    day = t.started_on
    no = 1
    attended = 0
    done = set()
    sessions = []
    while no <= 8:
        r = rng.random()
        s = dict(no=no, date=day, held=True, attended=True, comps=[], dur=None)
        if no > 1 and r < 0.05:
            s["held"] = False
            s["attended"] = False
            sessions.append(s)
            day += timedelta(days=rng.randint(5, 12))
            no += 1
            continue
        if no > 1 and r < 0.12:
            s["attended"] = False          # held, client did not show up
            s["absent_label"] = "Afgemeld door cliënt" if rng.random() < 0.4 else "Nee"
            sessions.append(s)
            day += timedelta(days=rng.randint(7, 14))
            no += 1
            continue
        attended += 1
        comps = []
        k = attended
        if k == 1:
            if rng.random() > 0.03:
                comps.append("uitleg_stress")
            if rng.random() < org["p_verk1"]:
                comps.append("verkennen_stress")
            s["dur"] = rng.choice([45, 60, 60, 75, 90]) if org["key"] != "KB" else rng.choice([30, 45, 45, 60])
        else:
            if "uitleg_stress" not in done and rng.random() < 0.7:
                comps.append("uitleg_stress")
            if "verkennen_stress" not in done and rng.random() < (org["p_verk2"] if k == 2 else 0.6):
                comps.append("verkennen_stress")
            if k == 2 and rng.random() < 0.5:
                comps.append("coping_ontwikkelen")
            if k >= 3 and "coping_ontwikkelen" not in done and rng.random() < 0.9:
                comps.append("coping_ontwikkelen")
            if k == 3 and target == 3 and rng.random() < 0.3:
                comps.append("coping_evalueren")
            if k >= 4 and rng.random() < org["p_eval"]:
                comps.append("coping_evalueren")
            s["dur"] = rng.choice([45, 45, 60, 60, 75]) if org["key"] != "KB" else rng.choice([30, 30, 45, 60])
        done.update(comps)
        s["comps"] = comps
        sessions.append(s)
        if fate == "dropout" and attended == drop_after:
            break
        if fate == "other" and attended == other_after:
            break
        if attended >= target:
            break
        day += timedelta(days=rng.randint(*org["interval"]))
        no += 1
    t.sessions = sessions
    last = sessions[-1]["date"]
    if fate == "complete":
        t.ended_on = last + timedelta(days=rng.choice([0, 0, 0, 1, 2, 7]))
        t.end_reason = "completed"
    elif fate == "dropout":
        t.ended_on = last + timedelta(days=rng.randint(14, 40))
        t.end_reason = "dropped_out" if rng.random() < 0.6 else "unreachable"
    else:
        t.ended_on = last + timedelta(days=rng.randint(3, 20))
        t.end_reason = rng.choice(["moved", "referred"])


def make_trajects():
    global rng
    trajects = []
    used_clients = set()
    for org in ORGS:
        rng = random.Random(f"{SEED}-{org['key']}")   # one stream per organisation: tuning one leaves the others
        span = (AS_OF - org["first"]).days
        regs = sorted(org["first"] + timedelta(days=int(span * (rng.random() ** 0.85)))
                      for _ in range(org["n"]))
        for reg in regs:
            t = Traject()
            t.org = org
            t.registered_on = reg
            t.municipality = pick(org["munis"])
            t.professional = rng.choice(org["profs"] + org["profs"][:2])   # first two carry more
            while True:
                c = "C" + str(rng.randint(100000, 999999))
                if c not in used_clients:
                    used_clients.add(c)
                    break
            t.client = c
            t.referrer = rng.choice(REFERRERS)
            t.age = rng.randint(21, 74) if rng.random() > 0.06 else None
            t.gender = pick([("Vrouw", 0.52), ("Man", 0.46), ("Onbekend", 0.02)])
            t.remark = rng.choice(REMARKS) if rng.random() < 0.07 else ""
            t.started_on = None
            t.ended_on = None
            t.end_reason = None
            t.sessions = []
            if rng.random() < 0.06:
                t.ended_on = reg + timedelta(days=rng.randint(20, 60))
                t.end_reason = "not_started"
            else:
                t.started_on = reg + timedelta(days=wait_days(org))
                simulate_sessions(t, org)
            trajects.append(t)
    rng = random.Random(SEED)
    trajects.sort(key=lambda t: (t.registered_on, t.org["key"]))
    counters = {}
    for t in trajects:
        yy = t.registered_on.year % 100
        counters[yy] = counters.get(yy, 0) + 1
        t.id = f"PE{yy}-{counters[yy]:04d}"
    # a few clients come back for a second traject (penetration counts distinct clients)
    dropped = [t for t in trajects if t.end_reason in ("dropped_out", "unreachable")
               and t.ended_on < date(2021, 12, 1)]
    for old in dropped[:8]:
        later = [t for t in trajects if t.org is old.org and t.registered_on > old.ended_on + timedelta(days=30)
                 and not getattr(t, "returning", False)]
        if later:
            new = later[0]
            new.client = old.client
            new.returning = True
            new.remark = "Tweede aanmelding, eerder traject voortijdig beëindigd"
    # entry dates: the day the professional typed it in (a nightly export holds what was typed)
    for t in trajects:
        t.reg_entry = t.registered_on + timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        for s in t.sessions:
            s["entry"] = s["date"] + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 6]))
            s["short"] = rng.random() < 0.15
        t.start_entry = t.sessions[0]["entry"] if t.sessions else None
        t.end_entry = t.ended_on + timedelta(days=rng.choice([0, 0, 1, 2, 5])) if t.ended_on else None
        t.short = rng.random() < 0.15
        t.token = None
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

    def write(self, notes_out):
        def cell(v):
            v = "" if v is None else str(v)
            if any(ch in v for ch in ';"\r\n'):
                return '"' + v.replace('"', '""') + '"'
            return v
        records = [";".join(cell(c) for c in self.header)]
        lines = [1]
        line = 1
        for cells, note in self.rows:
            line += records[-1].count("\n") + 1   # lone LF inside a quoted cell is a physical line too
            rec = ";".join(cell(c) for c in cells)
            records.append(rec)
            lines.append(line)
            if note:
                notes_out.append((self.name, line, note))
        text = "\r\n".join(records) + "\r\n"
        (OUT / self.name).write_bytes(text.encode("cp1252"))
        return len(self.rows)


REG_HEADER = ["Trajectnummer", "Clientnummer", "Interventie", "Organisatie", "Gemeente", "Medewerker",
              "Verwijzer", "Aanmelddatum", "Startdatum", "Einddatum", "Reden einde", "Leeftijd",
              "Geslacht", "Opmerking"]
SES_HEADER = ["Trajectnummer", "Gesprek", "Datum", "Doorgegaan", "Aanwezig", "Besproken onderdelen",
              "Duur (min)"]


def reg_cells(t, night, **override):
    """The registration row as the system shows it on the given night."""
    started = t.started_on if t.start_entry and t.start_entry <= night else None
    ended = t.ended_on if t.end_entry and t.end_entry <= night else None
    reason = END_LABEL[t.end_reason] if ended and t.end_reason else ""
    v = dict(id=t.id, client=t.client, interv="PE", org=t.org["name"], muni=t.municipality,
             prof=t.professional, ref=t.referrer, reg=fmt(t.registered_on, t.short),
             start=fmt(started, t.short), end=fmt(ended, t.short), reason=reason,
             age="" if t.age is None else t.age, gender=t.gender, remark=t.remark)
    v.update(override)
    return [v["id"], v["client"], v["interv"], v["org"], v["muni"], v["prof"], v["ref"], v["reg"],
            v["start"], v["end"], v["reason"], v["age"], v["gender"], v["remark"]]


def ses_cells(tid, s):
    held = "Ja" if s["held"] else "Nee"
    if not s["held"]:
        att = "Nee"
    elif s["attended"]:
        att = "Ja"
    else:
        att = s.get("absent_label", "Nee")
    return [tid, s["no"], fmt(s["date"], s["short"]), held, att, ", ".join(s["comps"]),
            "" if s["dur"] is None else s["dur"]]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.csv"):
        old.unlink()
    trajects = make_trajects()
    by_id = {t.id: t for t in trajects}
    notes = []
    counts = {}

    # ---- choose the trajects that carry a story or a mistake
    def first(pred, exclude=()):
        for t in trajects:
            if t.id not in exclude and pred(t):
                return t
        raise SystemExit("no traject for a deliberate case: " + str(pred.__code__.co_firstlineno))

    chosen = set()

    def take(pred):
        t = first(pred, chosen)
        chosen.add(t.id)
        return t

    jan = (date(2022, 1, 1), NIGHTS[0])
    feb = (NIGHTS[0] + timedelta(days=1), NIGHTS[1])
    mar = (NIGHTS[1] + timedelta(days=1), NIGHTS[2])

    def within(day, period):
        return day is not None and period[0] <= day <= period[1]

    # M1: no Trajectnummer in January (a traject registered in January, started in January)
    t_noid = take(lambda t: within(t.reg_entry, jan) and t.start_entry and t.start_entry <= NIGHTS[0]
                  and t.org["key"] != "KB")
    # W: registered after the first talk (start before registration), stays warned
    t_early = take(lambda t: t.registered_on < date(2021, 11, 1) and t.started_on
                   and t.org["key"] == "SVT" and t.end_entry and t.end_entry <= NIGHTS[0])
    t_early.registered_on, t_early.started_on = t_early.started_on + timedelta(days=3), t_early.started_on
    t_early.reg_entry = t_early.registered_on
    t_early.remark = "Aanmelding achteraf ingevoerd"
    # W: ended without reason in January, the correction adds it
    t_noreason = take(lambda t: t.end_reason == "completed" and within(t.end_entry, jan)
                      and t.org["key"] == "HSU")
    # M3: 31-02-2022 as start date in February (true start 21-02-2022); corrected
    t_feb31 = take(lambda t: t.started_on and within(t.reg_entry, feb) and t.started_on < date(2022, 2, 21)
                   and t.org["key"] == "HSU" and len(t.sessions) >= 2)
    shift = date(2022, 2, 21) - t_feb31.started_on
    t_feb31.started_on += shift
    for s in t_feb31.sessions:
        s["date"] += shift
        s["entry"] = max(s["entry"] + shift, s["date"])
    t_feb31.start_entry = t_feb31.sessions[0]["entry"] = date(2022, 2, 21)
    if t_feb31.ended_on:
        t_feb31.ended_on += shift
        t_feb31.end_entry += shift
    # W: end date before start date (year typed as 2021) in February; corrected
    t_endtypo = take(lambda t: t.end_reason == "completed" and within(t.end_entry, feb)
                     and t.org["key"] == "BA")
    # correction: wrong professional in the system until the re-export
    t_prof = [take(lambda t: t.org["key"] == "KB" and within(t.reg_entry, feb)) for _ in range(2)]
    for t in t_prof:
        t.wrong_prof = "MW205" if t.professional != "MW205" else "MW204"
    # M7: an end reason the job file does not know, in March
    t_transfer = take(lambda t: t.org["key"] == "KB" and t.registered_on < date(2022, 1, 1)
                      and t.start_entry and t.start_entry <= NIGHTS[1]
                      and (t.end_entry is None or t.end_entry > date(2022, 3, 16))
                      and any(s["date"] <= date(2022, 3, 10) and s["entry"] > NIGHTS[1] for s in t.sessions))
    t_transfer.sessions = [s for s in t_transfer.sessions if s["date"] <= date(2022, 3, 10)]
    t_transfer.ended_on = date(2022, 3, 15)
    t_transfer.end_entry = date(2022, 3, 16)
    t_transfer.end_reason = None
    t_transfer.transfer = True
    # W: ended without end reason in March, not corrected
    t_noreason_mar = take(lambda t: within(t.end_entry, mar) and t.end_reason == "dropped_out")
    # W: session before the traject's start (a telephone intake typed as talk 1), January
    t_before = take(lambda t: t.org["key"] == "ESV" and t.sessions and len(t.sessions) >= 3
                    and t.sessions[-1]["entry"] <= NIGHTS[0] and t.registered_on + timedelta(days=10) < t.started_on)
    # M12: a talk numbered 0 in February
    t_zero = take(lambda t: t.org["key"] == "SVT" and t.sessions and within(t.sessions[0]["entry"], feb))
    # M13: Budgetcoach typed some talks by hand in March
    hand = [t for t in trajects if t.org["key"] == "BA"
            and any(within(s["entry"], (date(2022, 3, 1), date(2022, 3, 15))) for s in t.sessions)][:4]

    # ---------------------------------------------------------------- registrations
    prev = date(2000, 1, 1)
    other_interventions = {
        0: [("GG21-0031", "Grip op je Geld", "Hulp & Schuld Utrecht", "Utrecht", "MW103", d(2021, 11, 2), d(2021, 11, 23), None),
            ("GG21-0040", "GOG", "Kredietbank Midden-Nederland", "Zeist", "MW202", d(2021, 12, 6), d(2022, 1, 10), None),
            ("GG22-0002", "GOG", "Hulp & Schuld Utrecht", "Utrecht", "MW101", d(2022, 1, 12), None, None)],
        1: [("GG22-0009", "GOG", "Kredietbank Midden-Nederland", "De Bilt", "MW204", d(2022, 2, 8), None, None)],
        2: [("GG22-0002", "GOG", "Hulp & Schuld Utrecht", "Utrecht", "MW101", d(2022, 1, 12), d(2022, 3, 2), None),
            ("GG22-0015", "GOG", "Stichting Eén Stap Verder", "Nieuwegein", "MW302", d(2022, 3, 14), None, None)],
    }
    for i, night in enumerate(NIGHTS):
        f = Csv(f"registraties_{night:%Y%m%d}.csv", REG_HEADER)
        rows = []
        for t in trajects:
            if t.reg_entry > night:
                continue
            events = [t.reg_entry, t.start_entry, t.end_entry]
            changed = any(e is not None and prev < e <= night for e in events)
            if i == 1 and t is t_noid:
                changed = True   # the system sends the repaired record again
            if not changed:
                continue
            override = {}
            note = None
            if hasattr(t, "wrong_prof") and i <= 1:
                override["prof"] = t.wrong_prof
            if t is t_noid and i == 0:
                override["id"] = ""
                note = ("M1", "Trajectnummer is empty", "reject (traject_id missing); the traject "
                        f"({t.id}) comes again, with its number, in registraties_20220228.csv")
            if t is t_early and i == 0:
                note = ("W1", "Startdatum before Aanmelddatum (registered after the first talk)",
                        "accept with a warning (stays: not corrected)")
            if t is t_noreason and i == 0:
                override["reason"] = ""
                note = ("W2", "Einddatum without Reden einde",
                        "accept with a warning; cleared by registraties_20220228_correctie.csv")
            if t is t_feb31 and i == 1:
                override["start"] = "31-02-2022"
                note = ("M3", "Startdatum 31-02-2022 does not exist",
                        f"reject (started_on); {t.id} is stored from registraties_20220228_correctie.csv "
                        "(start 21-02-2022); until then its talks are sessions of an unknown traject")
            if t is t_endtypo and i == 1:
                override["end"] = fmt(t.ended_on.replace(year=2021))
                note = ("W3", "Einddatum before Startdatum (year typed as 2021)",
                        "accept with a warning; cleared by registraties_20220228_correctie.csv")
            if hasattr(t, "transfer") and i == 2:
                override["reason"] = "Overgedragen"
                note = ("M7", "Reden einde 'Overgedragen' is not in the job file's mapping",
                        f"reject (end_reason); {t.id} keeps its last accepted row (ongoing, no Einddatum)")
            if t is t_noreason_mar and i == 2:
                override["reason"] = ""
                note = ("W4", "Einddatum without Reden einde",
                        "accept with a warning (stays: not corrected)")
            rows.append((t.registered_on, t.id, reg_cells(t, night, **override), note))
        for tid, label, org, muni, prof, reg, start, end in other_interventions[i]:
            cells = [tid, "C" + str(rng.randint(100000, 999999)), label, org, muni, prof, "Wijkteam",
                     fmt(reg), fmt(start), fmt(end), "Afgerond" if end else "", rng.randint(25, 60),
                     "Vrouw", ""]
            rows.append((reg, tid, cells, ("S", f"intervention '{label}' (Grip op je Geld), not PE",
                                           "skip (counted as skipped)")))
        rows.sort(key=lambda r: (r[0], r[1]))
        for _, _, cells, note in rows:
            f.add(cells, note)
        counts[f.name] = f.write(notes)
        prev = night

    # the corrected re-export of February (made by hand from the system, early March)
    f = Csv("registraties_20220228_correctie.csv", REG_HEADER)
    fixes = [t_noreason, t_feb31, t_endtypo] + t_prof
    for t in sorted(fixes, key=lambda t: t.id):
        cells = reg_cells(t, NIGHTS[1], interv="Psycho-educatie")
        f.add(cells, ("C", "corrected row", "accept; replaces the stored row of " + t.id))
    counts[f.name] = f.write(notes)

    # ---------------------------------------------------------------- sessions
    gog_sessions = [("GG21-0031", 1, d(2021, 11, 23), "Ja", "Ja", "", 90),
                    ("GG21-0031", 2, d(2021, 12, 7), "Ja", "Ja", "", 90),
                    ("GG21-0031", 3, d(2021, 12, 21), "Ja", "Nee", "", 90),
                    ("GG21-0040", 1, d(2022, 1, 10), "Ja", "Ja", "", 60)]
    prev = date(2000, 1, 1)
    for i, night in enumerate(NIGHTS):
        f = Csv(f"contacten_{night:%Y%m%d}.csv", SES_HEADER)
        rows = []
        for t in trajects:
            for j, s in enumerate(t.sessions):
                if not (prev < s["entry"] <= night):
                    continue
                cells = ses_cells(t.id, s)
                note = None
                if t is t_before and j == 0:
                    cells[2] = fmt(t.started_on - timedelta(days=4))
                    note = ("W5", "talk 1 dated 4 days before the traject's Startdatum",
                            "accept with a warning (session before start)")
                if t is t_noid and j == 0 and i == 0:
                    note = ("N", f"talk of {t.id}, whose registration row lacks its number this night",
                            "accept; not warned in the end, registraties_20220228.csv brings the traject")
                rows.append((s["date"], t.id, s["no"], cells, note))
                if t is t_zero and j == 0 and i == 1:
                    zero = [t.id, 0, fmt(s["date"] - timedelta(days=7)), "Ja", "Ja", "", 15]
                    rows.append((s["date"] - timedelta(days=7), t.id, 0, zero,
                                 ("M12", "Gesprek 0 (a telephone intake numbered 0)", "reject (session_no < 1)")))
        if i == 0:
            for tid, no, day, held, att, comps, dur in gog_sessions:
                rows.append((day, tid, no, [tid, no, fmt(day), held, att, comps, dur],
                             ("W6", f"talk of {tid}, a Grip op je Geld traject (skipped in registrations)",
                              "accept with a warning (unknown traject)")))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        for _, _, _, cells, note in rows:
            f.add(cells, note)
        counts[f.name] = f.write(notes)
        prev = night

    # the hand-made file of Budgetcoach Amersfoort: a renamed column, meant to be refused
    f = Csv("contacten_20220315_handmatig.csv",
            ["Trajectnummer", "Gespreksnummer", "Datum", "Doorgegaan", "Aanwezig", "Besproken onderdelen",
             "Duur (min)"])
    for t in hand:
        for s in t.sessions:
            if within(s["entry"], (date(2022, 3, 1), date(2022, 3, 15))):
                f.add(ses_cells(t.id, s))
    counts[f.name] = f.write(notes)
    notes.append((f.name, 1, ("R", "header says 'Gespreksnummer' where the job maps 'Gesprek'",
                              "refuse the whole file (missing column Gesprek); its talks are also "
                              "in contacten_20220331.csv")))

    # ---------------------------------------------------------------- tevredenheid (cumulative survey export)
    used = set()
    responses = []
    for t in trajects:
        if not t.ended_on or t.end_reason in (None, "not_started") or t.ended_on > AS_OF:
            continue
        org = t.org
        p = org["resp"] if t.end_reason == "completed" else 0.2
        if rng.random() >= p:
            continue
        t.token = t.token or token(used)
        when = t.ended_on + timedelta(days=rng.randint(0, 12))
        score = org["sat"] + rng.gauss(0, 1.0) - (0.8 if t.end_reason != "completed" else 0)
        if t.started_on and (t.started_on - t.registered_on).days > 90:
            score -= 0.6   # long wait
        score = min(10.0, max(2.0, round(score * 2) / 2))
        remark = ""
        r = rng.random()
        if r < 0.05:
            remark = "Fijn dat er eindelijk iemand naar mijn stress vroeg"
        elif r < 0.08 and org["key"] == "KB":
            remark = "Lang moeten wachten op het eerste gesprek"
        elif r < 0.10:
            remark = "Praatplaat was duidelijk; ik snap nu waarom ik post liet liggen"
        responses.append(dict(token=t.token, tid=t.id, when=when, hhmm=(rng.randint(8, 22), rng.randint(0, 59)),
                              score=score, remark=remark))
    responses.sort(key=lambda r: (r["when"], r["hhmm"]))
    # one multi-line remark (a quoted cell over two lines)
    for r in responses:
        if r["when"] > d(2021, 10, 1):
            r["remark"] = "Goede gesprekken.\nEén tip: ook 's avonds bellen"
            break
    # the decimal point typed in February, a partial response completed later
    typo = next(r for r in responses if within(r["when"], (d(2022, 2, 7), NIGHTS[1])) and r["tid"] in by_id
                and by_id[r["tid"]].end_reason == "completed")
    typo["score"] = 7.5
    partial = next(r for r in responses if within(r["when"], (d(2022, 2, 14), NIGHTS[1])) and r is not typo)
    question = ["Respondent ID", "Trajectnummer (verborgen veld)", "Datum en tijd ingevuld",
                "Welk rapportcijfer geeft u de gesprekken over stress en geldzorgen? (1-10)",
                "Wilt u nog iets kwijt?"]
    for night in NIGHTS:
        f = Csv(f"tevredenheid_{night:%Y%m%d}.csv",
                ["Respondent", "Traject", "Datum ingevuld", "Rapportcijfer", "Toelichting"])
        f.add(question, None)   # the survey tool's second header row (skip_rows_after_header: 1)
        for r in responses:
            if r["when"] > night:
                continue
            when = f"{r['when']:%d-%m-%Y} {r['hhmm'][0]:02d}:{r['hhmm'][1]:02d}"
            score = cijfer(r["score"])
            note = None
            if r is typo:
                score = f"{r['score']:g}"
                note = ("M14", f"Rapportcijfer '{score}' with a decimal point (the job says decimal comma)",
                        "reject (Rapportcijfer)")
            if r is partial and night == NIGHTS[1]:
                f.add([r["token"], r["tid"], when, "", ""],
                      ("P", "partial response: opened, no rapportcijfer yet",
                       "accept, count; not stored as a response (no item values); complete in the next export"))
                continue
            f.add([r["token"], r["tid"], when, score, r["remark"]], note)
        counts[f.name] = f.write(notes) - 1

    # ---------------------------------------------------------------- stressmeting (outcome, pre/post)
    meas = []
    for t in trajects:
        if not t.sessions:
            continue
        org = t.org
        if rng.random() >= org["pre"]:
            continue
        t.token = t.token or token(used)
        level = min(4.8, max(2.0, rng.gauss(3.7, 0.5)))
        s1 = t.sessions[0]["date"]
        meas.append((s1, t, "Voormeting", level))
        if t.end_reason == "completed" and rng.random() < 0.8:
            post = level - org["gain"] + rng.gauss(0, 0.45)
            meas.append((t.sessions[-1]["date"], t, "Nameting", post))
    meas.sort(key=lambda m: (m[0], m[1].id, m[2]))
    prev = date(2000, 1, 1)
    for night in NIGHTS:
        f = Csv(f"stressmeting_{night:%Y%m%d}.csv",
                ["Respondent", "Trajectnummer", "Organisatie", "Datum", "Meting",
                 "Stress_1", "Stress_2", "Stress_3", "Stress_4", "Stress_5"])
        for day, t, moment, level in meas:
            if not (prev < day <= night):
                continue
            items = []
            for k in range(5):
                v = int(round(min(5, max(1, level + rng.gauss(0, 0.6)))))
                if k in (2, 4):
                    v = 6 - v   # 'Ik kan mijn situatie aan', 'Ik weet wat ik kan doen': reverse-coded
                items.append(v if rng.random() > 0.03 else "")
            f.add([t.token, t.id, t.org["name"], fmt(day, rng.random() < 0.15), moment] + items)
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- observatie (quality, by a colleague)
    obs_items = ["Uitleg stress", "Verkenning", "Copingstrategieën", "Motiverende gespreksvoering",
                 "Afspraken vervolg"]
    obs = []
    for org in ORGS:
        start = max(org["first"], d(2021, 7, 1))
        day = start + timedelta(days=rng.randint(5, 20))
        while day <= AS_OF:
            observer, observed = rng.sample(org["profs"], 2)
            base = {"HSU": 4.3, "KB": 3.3, "ESV": 3.9, "BA": 4.0, "SVT": 3.8}[org["key"]]
            vals = []
            for k in range(5):
                b = base - (0.6 if org["key"] == "KB" and k in (2, 4) else 0)
                v = min(5.0, max(1.0, round((b + rng.gauss(0, 0.6)) * 2) / 2))
                vals.append(cijfer(v))
            obs.append((day, observer, org["name"], observed, vals))
            day += timedelta(days=rng.randint(18, 40))
    obs.sort(key=lambda o: (o[0], o[2]))
    prev = date(2000, 1, 1)
    for night in NIGHTS:
        f = Csv(f"observatie_{night:%Y%m%d}.csv",
                ["Observator", "Organisatie", "Geobserveerde medewerker", "Datum"] + obs_items + ["Opmerkingen"])
        for day, observer, orgname, observed, vals in obs:
            if prev < day <= night:
                f.add([observer, orgname, observed, fmt(day, rng.random() < 0.15)] + vals + [""])
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- MIDI (two waves)
    # raw answer 1..5 (helemaal oneens .. helemaal eens); MIDI02 and MIDI07 are negatively worded
    def midi_profile(org, wave):
        k = org["key"]
        return [
            4.3,                                   # MIDI01 procedural_clarity
            2.2,                                   # MIDI02 complexity (reverse)
            4.4,                                   # MIDI03 relevance_for_client
            3.9 if k != "KB" else 3.4,             # MIDI04 outcome_expectations
            3.3 if wave == 1 else 3.9,             # MIDI05 self_efficacy
            3.8,                                   # MIDI06 professional_obligation
            4.5 if k == "KB" else 2.0,             # MIDI07 staff_capacity (reverse)
            1.6 if k == "KB" else (3.2 if k == "ESV" else 3.9),   # MIDI08 time_available
            3.0 if k == "KB" else 4.1,             # MIDI09 management_support
            2.0 if k == "BA" else 3.2,             # MIDI10 legislation_and_funding
        ]
    absent = {1: {"MW105", "MW303"}, 2: {"MW402"}}
    dates = {1: (d(2021, 11, 8), 18), 2: (d(2022, 3, 1), 24)}
    for wave in (1, 2):
        f = Csv(f"midi_meting{wave}.csv",
                ["Respondent", "Organisatie", "Functie", "Datum"] + [f"MIDI{i:02d}" for i in range(1, 11)])
        for org in ORGS:
            for prof in org["profs"]:
                if prof in absent[wave]:
                    continue
                day = dates[wave][0] + timedelta(days=rng.randint(0, dates[wave][1]))
                vals = []
                for item, mean in enumerate(midi_profile(org, wave), start=1):
                    v = int(round(min(5, max(1, rng.gauss(mean, 0.85)))))
                    dont_know = rng.random() < 0.03 and not (org["key"] == "KB" and item in (7, 8))
                    vals.append("Weet niet" if dont_know else v)
                f.add([prof, org["name"], org["function"], fmt(day)] + vals)
        counts[f.name] = f.write(notes)

    # ---------------------------------------------------------------- borging checklist
    borg_items = ["Uitvoering bij hoge werkdruk", "Kwaliteit routinematig gemeten", "Materialen onderhouden",
                  "Ondersteuning medewerkers", "Periodiek doorontwikkeld", "Nieuwe medewerkers geschoold",
                  "Structurele financiering", "In managementrapportage", "Opbrengsten in jaarverslag",
                  "Eigenaar benoemd"]
    J, N, W = "Ja", "Nee", "Weet niet"
    rounds = {
        "borging_20211115.csv": [
            ("coord-HSU", "Hulp & Schuld Utrecht", d(2021, 11, 15), [J, N, J, J, N, J, N, J, N, J]),
            ("coord-KB", "Kredietbank Midden-Nederland", d(2021, 11, 17), [N, N, J, N, N, N, N, J, N, J]),
            ("coord-ESV", "Stichting Eén Stap Verder", d(2021, 11, 22), [N, J, J, J, N, N, N, N, N, J]),
            ("coord-SVT", "Sociaal Team Stichtse Vecht", d(2021, 11, 29), [N, N, J, J, N, N, N, N, N, J]),
        ],
        "borging_20220321.csv": [
            ("coord-HSU", "Hulp & Schuld Utrecht", d(2022, 3, 21), [J, J, J, J, J, J, N, J, W, J]),
            ("coord-KB", "Kredietbank Midden-Nederland", d(2022, 3, 22), [N, J, J, N, N, N, N, J, N, J]),
            ("coord-ESV", "Stichting Eén Stap Verder", d(2022, 3, 22), [N, J, J, J, J, N, N, J, N, J]),
            ("coord-BA", "Budgetcoach Amersfoort", d(2022, 3, 24), [J, N, J, N, N, N, N, N, N, J]),
            ("coord-SVT", "Sociaal Team Stichtse Vecht", d(2022, 3, 28), [N, J, J, J, N, J, N, N, N, J]),
        ],
    }
    for name, rows in rounds.items():
        f = Csv(name, ["Respondent", "Organisatie", "Functie", "Datum"] + borg_items)
        for resp, orgname, day, answers in rows:
            f.add([resp, orgname, "Coördinator schuldhulp", fmt(day)] + answers)
        counts[f.name] = f.write(notes)

    # ---------------------------------------------------------------- summary
    print(f"trajects (truth): {len(trajects)}; registered <= as_of: "
          f"{sum(1 for t in trajects if t.registered_on <= AS_OF)}")
    for name in sorted(counts):
        print(f"  {name:42s} {counts[name]:5d} rows")
    print("deliberate cases:")
    for name, line, (code, what, handling) in sorted(notes, key=lambda n: (n[0], n[1])):
        print(f"  {code:4s} {name}:{line}: {what} -> {handling}")


if __name__ == "__main__":
    main()
