#!/usr/bin/env python3
"""Generates the sample inbox input-samples/scheidingsatlas/ for jobs/scheidingsatlas.yaml.

ScheidingsATLAS: a short group training (2 sessions) for divorced parents. Seven organisations across
the Netherlands, about 3000 parents from October 2022 to March 2024. Three source styles:
- the case system's nightly export of dossiers and sessions: UTF-8 without BOM, ',', LF, ISO dates,
  1/0 booleans, '|'-separated core components, end reasons as number codes (1, 2, 3, 9);
- a Qualtrics export of the evaluation questionnaire after session 2: UTF-8 with BOM, ',', two extra
  header rows (question texts and ImportIds), every line ending in a comma, 'yyyy-MM-dd HH:mm:ss',
  -99 for a question seen but not answered; cumulative (each night holds every response so far);
- a LimeSurvey export of the pre/post questionnaire: every cell quoted (numbers too), code headings
  (G02Q03[SQ001]), 'yyyy-MM-dd HH:mm:ss', incomplete responses with an empty submitdate and empty
  items, a blank line at the end; cumulative as well.

Three nights (31-01-2024, 29-02-2024, 31-03-2024) with a handful of deliberate mistakes;
the list, with file and line, is printed at the end (and is in input-samples/README.md).

Deterministic: run it again and the files come out byte for byte the same.

    python3 input-samples/scheidingsatlas-generator.py
"""
import math
import random
import string
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 20240331
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
OUT = HERE / "scheidingsatlas"

NIGHTS = [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]
AS_OF = NIGHTS[-1]
IMPL_START = date(2022, 10, 1)


def d(y, m, dd):
    return date(y, m, dd)


CHRISTMAS = [(d(2022, 12, 23), d(2023, 1, 8)), (d(2023, 12, 22), d(2024, 1, 7))]
SESSION_COMPS = {1: ["gevolgen_voor_kinderen", "emoties_ouder", "sociale_steun"],
                 2: ["loyaliteit", "communicatie_ex", "sociale_steun"]}

# key, name, municipalities (weights), first group, registrations per month, group capacity,
# days between groups (a function of the date), days between session 1 and 2, attendance of session 2,
# chance a group skips a component, satisfaction, gain on the pre/post measure, trainers
ORGS = [
    dict(key="RIJN", name="Welzijn Rijnmond",
         munis=[("Rotterdam", 0.6), ("Schiedam", 0.15), ("Capelle aan den IJssel", 0.15), ("Vlaardingen", 0.1)],
         first=d(2022, 10, 11), cap=14, gap=7, att2=0.90, sat=4.35, gain=0.45, n_tr=8,
         rate=lambda day: 30 if day < d(2023, 7, 1) else (75 if day < d(2024, 1, 1) else 66),
         every=lambda day: 11 if day < d(2023, 7, 1) else (9 if day < d(2024, 1, 8) else 3)),
    dict(key="HAAG", name="Jeugd & Gezin Haaglanden",
         munis=[("'s-Gravenhage", 0.6), ("Delft", 0.15), ("Leidschendam-Voorburg", 0.15), ("Rijswijk", 0.1)],
         first=d(2022, 10, 13), cap=12, gap=14, att2=0.88, sat=4.25, gain=0.40, n_tr=6,
         rate=lambda day: 40, every=lambda day: 7),
    dict(key="TWE", name="Gezinspunt Twente",
         munis=[("Enschede", 0.5), ("Hengelo", 0.3), ("Almelo", 0.2)],
         first=d(2022, 10, 18), cap=12, gap=42, att2=0.60, sat=3.95, gain=0.25, n_tr=4,
         rate=lambda day: 28, every=lambda day: 10),
    dict(key="NRD", name="Stichting Samen Ouder Noord",
         munis=[("Groningen", 0.5), ("Assen", 0.2), ("Leeuwarden", 0.2), ("Súdwest-Fryslân", 0.1)],
         first=d(2022, 10, 20), cap=12, gap=14, att2=0.87, sat=4.35, gain=0.40, n_tr=4,
         rate=lambda day: 25, every=lambda day: 11),
    dict(key="UTR", name="Ouder & Kind Utrecht",
         munis=[("Utrecht", 0.7), ("Amersfoort", 0.3)],
         first=d(2022, 10, 25), cap=12, gap=7, att2=0.91, sat=4.45, gain=0.45, n_tr=5,
         rate=lambda day: 35, every=lambda day: 8),
    dict(key="ZLD", name="CJG Zeeland",
         munis=[("Middelburg", 0.4), ("Vlissingen", 0.35), ("Goes", 0.25)],
         first=d(2023, 9, 5), cap=12, gap=14, att2=0.86, sat=4.35, gain=0.35, n_tr=2,
         rate=lambda day: 22, every=lambda day: 12),
    dict(key="LMB", name="Partners in Welzijn Zuid-Limburg",
         munis=[("Maastricht", 0.45), ("Heerlen", 0.35), ("Sittard-Geleen", 0.2)],
         first=d(2022, 11, 1), cap=12, gap=14, att2=0.86, sat=4.25, gain=0.35, n_tr=3,
         rate=lambda day: 16, every=lambda day: 17),
]
ORG = {o["key"]: o for o in ORGS}

REFERRERS = [("Wijkteam", 0.25), ("Advocaat, mediator", 0.2), ("Huisarts", 0.12), ("School", 0.1),
             ("Zelfmelder", 0.25), ("Jeugdarts", 0.08)]
END_CODE = {"completed": "1", "dropped_out": "2", "not_started": "3", "other": "9"}


def in_christmas(day):
    return any(a <= day <= b for a, b in CHRISTMAS)


def pick(weighted):
    r = rng.random()
    acc = 0.0
    for value, w in weighted:
        acc += w
        if r < acc:
            return value
    return weighted[-1][0]


def iso(day):
    return "" if day is None else day.isoformat()


def stamp(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S")


def token(n, used, alphabet=string.ascii_letters + string.digits):
    while True:
        t = "".join(rng.choice(alphabet) for _ in range(n))
        if t not in used:
            used.add(t)
            return t


class Obj:
    pass


# ---------------------------------------------------------------- groups and parents (the truth)

def make_world():
    global rng
    groups, trajects = [], []
    for org in ORGS:
        rng = random.Random(f"{SEED}-{org['key']}")    # one stream per organisation
        org["trainers"] = [f"{org['key']}-TR{i:02d}" for i in range(1, org["n_tr"] + 1)]
        # groups: session 1 every few days (evenings), session 2 'gap' days later
        day = org["first"]
        og = []
        while day <= AS_OF + timedelta(days=60):
            if not in_christmas(day) and day.weekday() < 5:
                g = Obj()
                g.org = org
                g.s1 = day
                g.s2 = day + timedelta(days=org["gap"])
                while in_christmas(g.s2):
                    g.s2 += timedelta(days=7)
                g.trainer = org["trainers"][len(og) % len(org["trainers"])]
                g.code = f"{org['key']}-{day:%y%m%d}"
                g.members = []
                skip = set()
                if org["key"] == "HAAG" and rng.random() < 0.18:
                    skip.add("loyaliteit")                 # session 2 runs out of time
                if org["key"] == "LMB" and day < d(2023, 3, 1) and rng.random() < 0.5:
                    skip.add("gevolgen_voor_kinderen")     # early groups started with the old manual
                if rng.random() < 0.03:
                    skip.add(rng.choice(["emoties_ouder", "communicatie_ex"]))
                g.comps = {n: [c for c in SESSION_COMPS[n] if c not in skip] for n in (1, 2)}
                g.duration = {n: rng.choice([135, 150, 150, 150, 165]) for n in (1, 2)}
                og.append(g)
            day += timedelta(days=org["every"](day))
            while day.weekday() >= 5:
                day += timedelta(days=1)
        groups += og
        # registrations, day by day
        regs = []
        day = org["first"] - timedelta(days=35)
        while day <= AS_OF:
            lam = org["rate"](day) / 30.4
            if day.weekday() >= 5:
                lam *= 0.3
            k, p, limit = 0, rng.random(), math.exp(-lam)     # a Poisson draw (Knuth)
            while p > limit:
                k += 1
                p *= rng.random()
            regs += [day] * k
            day += timedelta(days=1)
        for reg in regs:
            t = Obj()
            t.org = org
            t.registered_on = reg
            t.muni = pick(org["munis"])
            t.group = None
            t.referrer = pick(REFERRERS)
            if org["key"] == "RIJN" and reg >= d(2023, 7, 1) and rng.random() < 0.55:
                t.referrer = "Rechtbank"                    # the family court refers every divorcing parent
            for g in og:
                if g.s1 >= reg + timedelta(days=7) and len(g.members) < org["cap"]:
                    g.members.append(t)
                    t.group = g
                    break
            trajects.append(t)
    rng = random.Random(SEED)
    used_clients = set()
    for t in trajects:
        t.client = "CL" + token(7, used_clients, string.digits)
        t.age = rng.randint(26, 58)
        t.gender = pick([("V", 0.58), ("M", 0.41), ("X", 0.01)])
        t.started_on = t.ended_on = t.end_reason = None
        t.sessions = []
        g = t.group
        if g is None or g.s1 > AS_OF:
            continue
        org = t.org
        show = rng.random() < 0.93
        if not show:
            t.sessions.append(dict(no=1, date=g.s1, att=False))
            t.ended_on = g.s1 + timedelta(days=rng.randint(1, 10))
            t.end_reason = "not_started"
            continue
        t.started_on = g.s1
        t.sessions.append(dict(no=1, date=g.s1, att=True))
        if g.s2 > AS_OF:
            continue
        came = rng.random() < org["att2"]
        t.sessions.append(dict(no=2, date=g.s2, att=came))
        if came:
            t.ended_on = g.s2 + timedelta(days=rng.choice([0, 0, 1, 3]))
            t.end_reason = "completed"
        else:
            t.ended_on = g.s2 + timedelta(days=rng.randint(7, 21))
            t.end_reason = "dropped_out" if rng.random() < 0.85 else "other"
    trajects.sort(key=lambda t: (t.registered_on, t.org["key"], t.client))
    for i, t in enumerate(trajects):
        t.id = f"D{401001 + i}"
        t.prof = t.group.trainer if t.group else ""
    # a few parents who dropped out register again later (penetration counts distinct clients)
    again = [t for t in trajects if t.end_reason == "dropped_out" and t.ended_on < d(2023, 6, 1)][:12]
    for old in again:
        later = next((t for t in trajects if t.org is old.org and t.registered_on > old.ended_on + timedelta(days=60)
                      and not getattr(t, "returning", False)), None)
        if later:
            later.client = old.client
            later.returning = True
    # entry dates in the case system
    for t in trajects:
        t.reg_entry = t.registered_on
        for s in t.sessions:
            s["entry"] = s["date"] + timedelta(days=rng.choice([0, 0, 1, 1, 2, 4]))
        t.start_entry = t.sessions[0]["entry"] if t.started_on else None
        t.end_entry = t.ended_on + timedelta(days=rng.choice([0, 1, 2, 5, 8])) if t.ended_on else None
        if t.ended_on and t.ended_on > AS_OF:
            t.end_entry = t.ended_on
    return groups, trajects


# ---------------------------------------------------------------- writing

class Csv:
    """Rows with notes; writes with the style of one source system and keeps physical line numbers."""

    def __init__(self, name, header, extra_header=(), quote_all=False, trailing_comma=False, bom=False,
                 newline="\n", blank_line_at_end=False):
        self.name, self.header = name, header
        self.extra_header = list(extra_header)
        self.quote_all, self.trailing_comma, self.bom = quote_all, trailing_comma, bom
        self.newline, self.blank_line_at_end = newline, blank_line_at_end
        self.rows = []

    def add(self, cells, note=None):
        assert len(cells) == len(self.header), (self.name, cells)
        self.rows.append((list(cells), note))

    def _record(self, cells):
        out = []
        for v in cells:
            v = "" if v is None else str(v)
            if self.quote_all or any(ch in v for ch in ',"\r\n'):
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        return ",".join(out) + ("," if self.trailing_comma else "")

    def text(self, notes_out):
        records = [self._record(self.header)] + [self._record(r) for r in self.extra_header]
        line = 1
        for r in records[:-1]:
            line += r.count("\n") + 1
        self.starts = []
        for cells, note in self.rows:
            line += records[-1].count("\n") + 1
            records.append(self._record(cells))
            self.starts.append(line)
            if note:
                notes_out.append((self.name, line, note))
        self.records = records
        text = self.newline.join(records) + self.newline
        if self.blank_line_at_end:
            text += self.newline
        return text

    def write(self, notes_out, cut=None):
        """cut=(row index, number of cells): the file ends inside the quoted cell after that many cells."""
        text = self.text(notes_out)
        if cut:
            row, ncells = cut
            head = self.records[:1 + len(self.extra_header) + row]
            cells = self.rows[row][0]
            partial = self._record(cells[:ncells]) + ',"' + str(cells[ncells])[:13]
            text = self.newline.join(head) + self.newline + partial
        data = text.encode("utf-8")
        (OUT / self.name).write_bytes((b"\xef\xbb\xbf" if self.bom else b"") + data)
        return len(self.rows)


REG_HEADER = ["dossier_nr", "client_nr", "product_code", "aanbieder", "gemeente", "medewerker_id", "groep_id",
              "verwijzer", "aanmelddatum", "startdatum", "einddatum", "afsluitreden", "leeftijd", "geslacht"]
SES_HEADER = ["dossier_nr", "groep_id", "bijeenkomst_nr", "datum", "doorgegaan", "aanwezig", "onderdelen",
              "duur_min"]


def reg_cells(t, night, **override):
    started = t.started_on if t.start_entry and t.start_entry <= night else None
    ended = t.ended_on if t.end_entry and t.end_entry <= night else None
    v = dict(id=t.id, client=t.client, product="SA", org=t.org["name"], muni=t.muni, prof=t.prof,
             group=t.group.code if t.group else "", ref=t.referrer, reg=iso(t.registered_on), start=iso(started),
             end=iso(ended), reason=END_CODE[t.end_reason] if ended else "", age=t.age, gender=t.gender)
    v.update(override)
    return [v["id"], v["client"], v["product"], v["org"], v["muni"], v["prof"], v["group"], v["ref"], v["reg"],
            v["start"], v["end"], v["reason"], v["age"], v["gender"]]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.csv"):
        old.unlink()
    groups, trajects = make_world()
    notes, counts = [], {}
    chosen = set()

    def take(pred):
        for t in trajects:
            if t.id not in chosen and pred(t):
                chosen.add(t.id)
                return t
        raise SystemExit("no traject for a deliberate case: line " + str(pred.__code__.co_firstlineno))

    periods = [(date(2000, 1, 1), NIGHTS[0])] + [(NIGHTS[i - 1] + timedelta(days=1), NIGHTS[i]) for i in range(1, 3)]

    def within(day, p):
        return day is not None and p[0] <= day <= p[1]

    # ---- trajects with a deliberate mistake
    # M1: two dossiers migrated from the old system without 'aanbieder' (night 1); repaired in night 2
    t_noorg = [take(lambda t: t.org["key"] == "NRD" and t.ended_on and t.end_entry <= d(2023, 3, 31))
               for _ in range(2)]
    # M2: aanmelddatum 2023-02-29 (night 1); repaired in night 2
    t_feb29 = take(lambda t: t.org["key"] == "UTR" and t.registered_on == d(2023, 2, 28) and t.ended_on)
    # D: dossiers exported twice in night 2 (a join with the address table)
    dup = [t for t in trajects if t.org["key"] == "HAAG" and within(t.reg_entry, periods[1])][:6]
    # M3: afsluitreden 4 ('doorverwezen naar mediation', new in March 2024), night 3
    t_code4 = [t for t in trajects if t.org["key"] in ("RIJN", "UTR") and t.end_reason == "dropped_out"
               and within(t.end_entry, periods[2])][:4]
    # M4: a session of February 2024 with day and month swapped (2024-02-19 -> 2024-19-02), night 2
    feb2x = (d(2024, 2, 13), d(2024, 2, 29))
    t_feb30 = take(lambda t: t.org["key"] == "TWE" and any(
        within(s["date"], feb2x) and within(s["entry"], periods[1]) for s in t.sessions))

    # ---------------------------------------------------------------- registrations (case system)
    others = {   # other products of the case system, in the same export: skipped
        0: [("D399874", "KIES", "RIJN", "Rotterdam", d(2023, 9, 4), d(2023, 10, 2), d(2023, 11, 27), "1"),
            ("D399911", "KIES", "RIJN", "Schiedam", d(2023, 9, 12), d(2023, 10, 2), None, ""),
            ("D400514", "OG", "UTR", "Utrecht", d(2023, 11, 6), d(2023, 11, 20), d(2024, 1, 15), "1"),
            ("D400602", "KIES", "HAAG", "Delft", d(2023, 11, 21), d(2024, 1, 10), None, "")],
        1: [("D403988", "OG", "TWE", "Hengelo", d(2024, 2, 12), None, None, "")],
        2: [("D403988", "OG", "TWE", "Hengelo", d(2024, 2, 12), d(2024, 3, 4), None, ""),
            ("D404102", "KIES", "NRD", "Groningen", d(2024, 3, 11), None, None, "")],
    }
    prev = date(2000, 1, 1)
    for i, night in enumerate(NIGHTS):
        f = Csv(f"export_trajecten_{night:%Y%m%d}.csv", REG_HEADER)
        rows = []
        for t in trajects:
            if t.reg_entry > night:
                continue
            changed = any(e is not None and prev < e <= night for e in (t.reg_entry, t.start_entry, t.end_entry))
            if i == 1 and (t in t_noorg or t is t_feb29):
                changed = True          # repaired in the case system, so the dossier is exported again
            if not changed:
                continue
            override, note = {}, None
            if t in t_noorg and i == 0:
                override["org"] = ""
                note = ("M1", f"{t.id}: aanbieder is empty (a dossier migrated from the old system)",
                        "reject (organisation); the dossier comes again, complete, in export_trajecten_20240229.csv")
            if t is t_feb29 and i == 0:
                override["reg"] = "2023-02-29"
                note = ("M2", f"{t.id}: aanmelddatum 2023-02-29 does not exist",
                        "reject (registered_on); comes again with 2023-02-28 in export_trajecten_20240229.csv")
            if t in t_code4 and i == 2:
                override["reason"] = "4"
                note = ("M3", f"{t.id}: afsluitreden 4 (a code added in March 2024) is not in the job file",
                        "reject (end_reason); the dossier keeps its earlier row (ongoing)")
            rows.append((t.registered_on, t.id, reg_cells(t, night, **override), note))
            if t in dup and i == 1:
                rows.append((t.registered_on, t.id, reg_cells(t, night),
                             ("D", f"{t.id} exported twice", "accept both; stored once")))
        for did, prod, key, muni, reg, start, end, reason in others[i]:
            cells = [did, "CL" + str(rng.randint(1000000, 9999999)), prod, ORG[key]["name"], muni,
                     f"{key}-TR01", "", "Wijkteam", iso(reg), iso(start), iso(end), reason, rng.randint(28, 50),
                     rng.choice(["V", "M"])]
            rows.append((reg, did, cells, ("S", f"{did}: product {prod}, not ScheidingsATLAS", "skip")))
        rows.sort(key=lambda r: (r[0], r[1]))
        for _, _, cells, note in rows:
            f.add(cells, note)
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- sessions (case system)
    kies_sessions = [("D399911", "RIJN-KIES-2310", 1, d(2023, 10, 2)), ("D399911", "RIJN-KIES-2310", 2, d(2023, 10, 9)),
                     ("D399911", "RIJN-KIES-2310", 3, d(2023, 10, 16)), ("D400602", "HAAG-KIES-2401", 1, d(2024, 1, 10)),
                     ("D400602", "HAAG-KIES-2401", 2, d(2024, 1, 17))]
    prev = date(2000, 1, 1)
    for i, night in enumerate(NIGHTS):
        f = Csv(f"export_bijeenkomsten_{night:%Y%m%d}.csv", SES_HEADER)
        rows = []
        for t in trajects:
            for s in t.sessions:
                if not (prev < s["entry"] <= night):
                    continue
                g = t.group
                cells = [t.id, g.code, s["no"], iso(s["date"]), 1, 1 if s["att"] else 0,
                         "|".join(g.comps[s["no"]]), g.duration[s["no"]]]
                note = None
                if t is t_feb30 and within(s["date"], feb2x):
                    cells[3] = f"2024-{s['date'].day:02d}-02"
                    note = ("M4", f"{t.id}: datum {cells[3]}, day and month swapped (for {iso(s['date'])})",
                            "reject (date)")
                rows.append((s["date"], g.code, t.id, s["no"], cells, note))
        for did, grp, no, day in kies_sessions:
            if prev < day + timedelta(days=1) <= night:
                rows.append((day, grp, did, no, [did, grp, no, iso(day), 1, 1, "", 90],
                             ("W", f"{did}: a session of a KIES dossier (skipped in registrations)",
                              "accept with a warning (unknown traject)")))
        rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
        for *_, cells, note in rows:
            f.add(cells, note)
        counts[f.name] = f.write(notes)
        prev = night

    # ---------------------------------------------------------------- Qualtrics: evaluation after session 2
    q_items = ["Q2_1", "Q2_2", "Q2_3", "Q2_4", "Q2_5", "Q2_6"]
    q_texts = ["De bijeenkomsten gaven mij nieuwe inzichten in wat de scheiding voor mijn kind betekent",
               "Ik heb steun gehad aan de andere ouders in de groep",
               "De trainers sloten aan bij mijn situatie",
               "De bijeenkomsten waren emotioneel te zwaar voor mij",
               "Ik kan wat ik geleerd heb thuis toepassen",
               "Ik zou ScheidingsATLAS aanraden aan andere gescheiden ouders"]
    q_header = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage",
                "Q1"] + q_items + ["Q3", "Q4", "trajectnr", "org"]
    q_row2 = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)",
              "Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name",
              "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
              "Distribution Channel", "User Language",
              "Welke bijeenkomsten heeft u bijgewoond? - Geselecteerde keuze"] + \
             [f"Hoe kijkt u terug op de training? - {x}" for x in q_texts] + \
             ["Welk rapportcijfer geeft u de training? (1-10)", "Wat kan er beter, volgens u?", "trajectnr", "org"]
    q_row3 = ['{"ImportId":"startDate","timezone":"Europe/Amsterdam"}', '{"ImportId":"endDate","timezone":"Europe/Amsterdam"}',
              '{"ImportId":"status"}', '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}', '{"ImportId":"duration"}',
              '{"ImportId":"finished"}', '{"ImportId":"recordedDate","timezone":"Europe/Amsterdam"}',
              '{"ImportId":"_recordId"}', '{"ImportId":"recipientLastName"}', '{"ImportId":"recipientFirstName"}',
              '{"ImportId":"recipientEmail"}', '{"ImportId":"externalDataReference"}', '{"ImportId":"locationLatitude"}',
              '{"ImportId":"locationLongitude"}', '{"ImportId":"distributionChannel"}', '{"ImportId":"userLanguage"}',
              '{"ImportId":"QID1"}'] + [f'{{"ImportId":"QID2_{k}"}}' for k in range(1, 7)] + \
             ['{"ImportId":"QID3"}', '{"ImportId":"QID4_TEXT"}', '{"ImportId":"trajectnr"}', '{"ImportId":"org"}']
    wishes = ["Meer tijd voor uitwisseling met andere ouders", "De tweede bijeenkomst kwam pas na zes weken, dat is te lang",
              "Graag ook een bijeenkomst overdag", "Meer voorbeelden over hoe je met je ex praat, zonder ruzie",
              "Niets, het was heel goed zo", "Het was soms zwaar, maar goed dat ik ben gegaan"]
    used = set()
    qresp = []
    for t in trajects:
        if not t.started_on or t.end_reason not in ("completed", "dropped_out", "other"):
            continue
        org = t.org
        p = 0.62 if t.end_reason == "completed" else 0.18
        if rng.random() >= p:
            continue
        invited = t.sessions[-1]["date"] + timedelta(days=1)
        start = datetime.combine(invited + timedelta(days=rng.choice([0, 0, 1, 2, 4, 9])),
                                 datetime.min.time()) + timedelta(seconds=rng.randint(7 * 3600, 23 * 3600))
        base = org["sat"] + rng.gauss(0, 0.5) - (0.5 if t.end_reason != "completed" else 0)
        vals = []
        for k in range(6):
            b = base - (0.7 if org["key"] == "TWE" and k == 1 else 0)
            v = int(round(min(5, max(1, b + rng.gauss(0, 0.6)))))
            if k == 3:
                v = 6 - v          # worded negatively
            vals.append(v if rng.random() > 0.04 else -99)
        finished = rng.random() > 0.05
        if not finished:
            vals = ["" for _ in vals]                     # left after question 1; recorded when it expired
        dur = rng.randint(140, 900) if finished else rng.randint(20, 90)
        end = start + timedelta(seconds=dur)
        recorded = end if finished else start + timedelta(days=7)
        q1 = "Bijeenkomst 1,Bijeenkomst 2" if t.end_reason == "completed" else "Bijeenkomst 1"
        wish = ""
        if finished and rng.random() < 0.25:
            wish = wishes[1] if org["key"] == "TWE" and rng.random() < 0.5 else rng.choice(wishes[:1] + wishes[2:])
            if rng.random() < 0.05:
                wish = "Meer over de kinderen.\nEn graag de presentatie achteraf per mail"
        anonymous = rng.random() < 0.1
        qresp.append(dict(progress=100 if finished else rng.choice([11, 22, 33]), t=t, start=start, end=end, recorded=recorded, finished=finished, dur=dur, vals=vals,
                          q1=q1, q3=int(round(min(10, max(3, base * 2 + rng.gauss(0, 0.6))))) if finished else -99,
                          wish=wish, rid="R_" + token(15, used), anonymous=anonymous))
    qresp.sort(key=lambda r: r["recorded"])
    for i, night in enumerate(NIGHTS):
        renamed = i == 1
        header = list(q_header)
        if renamed:
            header[-1] = "organisatie"      # the survey was republished with a renamed embedded-data field
        f = Csv(f"qualtrics_evaluatie_{night:%Y%m%d}.csv", header, extra_header=[q_row2, q_row3],
                trailing_comma=True, bom=True)
        for r in qresp:
            if r["recorded"].date() > night:
                continue
            t = r["t"]
            f.add([stamp(r["start"]), stamp(r["end"]), 0, "", r["progress"],
                   r["dur"], 1 if r["finished"] else 0, stamp(r["recorded"]), r["rid"], "", "", "", "",
                   "", "", "anonymous" if r["anonymous"] else "email", "NL", r["q1"] if r["finished"] else "",
                   *r["vals"], r["q3"] if r["finished"] else "", r["wish"],
                   "" if r["anonymous"] else t.id, t.org["name"]])
        counts[f.name] = f.write(notes)
        if renamed:
            notes.append((f.name, 1, ("R", "new survey version: embedded-data field 'org' is now 'organisatie'",
                                      "refuse the whole file (missing column org); the cumulative export of "
                                      "31-03-2024 holds every response again")))

    # ---------------------------------------------------------------- LimeSurvey: pre/post questionnaire
    ls_items = [f"G02Q03[SQ00{k}]" for k in range(1, 7)]
    ls_header = ["id", "token", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp",
                 "G01Q01", "G01Q02"] + ls_items + ["G03Q04"]
    used_tokens = set()
    lresp = []
    remarks = ["", "", "", "", "Mijn ex en ik praten weer met elkaar over de kinderen",
               "Het gaat beter met mijn zoon sinds de training", "Nog steeds veel ruzie over de omgangsregeling"]
    for t in trajects:
        if t.group is None and rng.random() < 0.5:
            continue
        org = t.org
        t.token = token(15, used_tokens)
        level = min(4.6, max(1.8, rng.gauss(3.3, 0.55)))
        moments = []
        if rng.random() < 0.62:
            moments.append(("A1", t.registered_on + timedelta(days=rng.randint(0, 6)), level))
        if t.end_reason == "completed" and rng.random() < 0.55:
            moments.append(("A2", t.ended_on + timedelta(days=56 + rng.randint(0, 12)),
                            level - org["gain"] + rng.gauss(0, 0.4)))
        for code, day, lev in moments:
            start = datetime.combine(day, datetime.min.time()) + timedelta(seconds=rng.randint(8 * 3600, 23 * 3600))
            vals = []
            for k in range(6):
                v = int(round(min(5, max(1, lev + rng.gauss(0, 0.6)))))
                vals.append(6 - v if k in (1, 3, 5) else v)        # SQ002, SQ004, SQ006 are worded positively
            done = None
            r = rng.random()
            if r < 0.86:
                done = start + timedelta(seconds=rng.randint(200, 900))
            elif r < 0.93:
                done = start + timedelta(days=rng.randint(1, 12), seconds=rng.randint(200, 18000))   # finished later
            lresp.append(dict(t=t, code=code, start=start, done=done, vals=vals,
                              remark=rng.choice(remarks) if code == "A2" else "", seed=rng.randint(10 ** 8, 10 ** 9)))
    lresp.sort(key=lambda r: r["start"])
    for n, r in enumerate(lresp, start=1):
        r["id"] = 1000 + n
    for i, night in enumerate(NIGHTS):
        f = Csv(f"results-survey482915_{night:%Y%m%d}.csv", ls_header, quote_all=True, blank_line_at_end=True)
        end_of_night = datetime.combine(night, datetime.max.time())
        for r in lresp:
            if r["start"] > end_of_night or r["start"].date() > AS_OF:
                continue
            complete = r["done"] is not None and r["done"] <= end_of_night
            t = r["t"]
            if complete:
                f.add([r["id"], t.token, stamp(r["done"]), 3, "nl", r["seed"], stamp(r["start"]), stamp(r["done"]),
                       t.id, r["code"], *r["vals"], r["remark"]])
            else:
                f.add([r["id"], t.token, "", 1, "nl", r["seed"], stamp(r["start"]), stamp(r["start"]),
                       t.id, r["code"], "", "", "", "", "", "", ""])
        cut = None
        if i == 2:
            # the nightly run started while the export was still being written: the file ends inside
            # the datestamp (the 8th cell) of a record a few rows before the end
            victim = len(f.rows) - 4
            cut = (victim, 7)
        counts[f.name] = f.write(notes, cut)
        if i == 2:
            cells = f.rows[victim][0]
            notes.append((f.name, f.starts[victim],
                          ("H", f"half-written export: the file ends inside the datestamp of response {cells[0]}",
                           f"reject that record (unterminated quoted cell); the {len(f.rows) - victim - 1} responses "
                           "after it are not in the file yet (tomorrow's export has them)")))
            counts[f.name] = victim + 1

    # ---------------------------------------------------------------- summary
    t_in = [t for t in trajects if t.registered_on <= AS_OF]
    print(f"groups: {sum(1 for g in groups if g.s1 <= AS_OF)}; trajects: {len(t_in)}; started: "
          f"{sum(1 for t in t_in if t.started_on)}; completed: {sum(1 for t in t_in if t.end_reason == 'completed')}")
    for k in ORGS:
        n = [t for t in t_in if t.org is k]
        print(f"  {k['key']:5s} {len(n):5d} trajects")
    for name in sorted(counts):
        print(f"  {name:44s} {counts[name]:5d} rows")
    print("deliberate cases:")
    for name, line, (code, what, handling) in sorted(notes, key=lambda n: (n[0], n[1])):
        print(f"  {code:4s} {name}:{line}: {what} -> {handling}")


if __name__ == "__main__":
    main()
