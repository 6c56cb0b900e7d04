"""Linking: claims about one quantity grouped by normalised keys, across every document of a run.

A quantity is identified by metric (with product), entities with roles, period, comparison base,
unit and measure (level, change, share, multiple, rate). Grouping is a pandas groupby on those
keys — never a pairwise loop — and each group's interval is the intersection of its claims'
intervals, computed column-wise. An empty intersection marks the quantity as in conflict.
"""

from __future__ import annotations

import hashlib
import math

import numpy as np
import pandas as pd
import pyarrow as pa

from figures.extract.context.metrics import metric_lexicon

KEY_COLUMNS = ["metric_key", "concept_key", "entity_key", "period_key", "base_key", "unit", "measure"]
UNLINKED = -1
# Between a document and the entities of a figure whose reporter it does not name: "?a/>EU" is
# "the EU as a partner, of a reporter article a names elsewhere". A file's stem holds no "/".
SCOPE = "/"


def measures(claims: pd.DataFrame) -> pd.Series:
    """level | change_pct | change_pp | change_abs | share | multiple | rate, per claim. A
    percentage of a growth rate is a change ("GDP growth reached 9.4%" is "GDP grew 9.4%"). An
    average over its period (flag ``average``: "growth averaged 8.1% over 2021-2024"), a change
    from the month before (flag ``month_on_month``) and a figure per person (flag ``per_person``:
    "remittances of about $900 per person") are other quantities than the figure as usually
    stated: their measures are prefixed "average_", "month_on_month_" and "per_person_". So is a
    figure in other prices than its metric's as usually stated (flags ``real_terms``,
    ``nominal_terms``: growth rates are real, other figures nominal): "in real terms wages rose
    3.4%" is "real_terms_change_pct"."""
    kind, changed = claims["kind"], claims["change"].notna()
    percent, points = kind == "percent", kind == "percentage_points"
    growth_rate = claims["metric"].isin(metric_lexicon().growth_rates) & claims["share_of"].isna()
    choices = [
        (kind == "multiple", "multiple"),
        ((changed | growth_rate) & percent, "change_pct"),
        (changed & points, "change_pp"),
        (changed, "change_abs"),
        (claims["share_of"].notna(), "share"),
        (percent | points, "rate"),
    ]
    chosen = np.select([condition.to_numpy(bool) for condition, _ in choices], range(len(choices)), len(choices))
    names = [*(name for _, name in choices), "level"]
    in_other_prices = {"real_terms": ~growth_rate.to_numpy(bool), "nominal_terms": growth_rate.to_numpy(bool)}
    flagged = _each_flagged(claims["flags"], [frozenset({flag}) for flag in _OTHER_QUANTITY_FLAGS])
    another = [rows & in_other_prices.get(flag, True) for flag, rows in zip(_OTHER_QUANTITY_FLAGS, flagged, strict=True)]
    chosen = chosen + np.select(another, range(1, len(another) + 1), 0) * len(names)
    prefixes = ("", *(f"{flag}_" for flag in _OTHER_QUANTITY_FLAGS))
    return _labels([f"{prefix}{name}" for prefix in prefixes for name in names], chosen, claims.index)


def _labels(names: list[str], codes: np.ndarray, index: pd.Index) -> pd.Series:
    """A string column from codes into ``names``, taken in Arrow: building it from a million
    Python strings costs ten times more."""
    return pd.Series(pa.array(names, type=pa.large_string()).take(pa.array(codes)), index=index, dtype="str")


def entity_key(entities: str | None, symmetric: bool) -> str:
    """Entities ("GEO:reporter;RUS:partner") as a key: sorted for symmetric metrics (GEO–RUS
    turnover is RUS–GEO turnover), reporter>partner otherwise — and always for shares, whose whole
    is the reporter's; a subject without partner stands as the partner."""
    roles = [item.split(":", 1) for item in entities.split(";")] if entities else []
    reporters = sorted(code for code, role in roles if role == "reporter")
    partners = sorted(code for code, role in roles if role == "partner") or sorted(
        code for code, role in roles if role == "subject"
    )
    if symmetric:
        return "+".join(sorted(set(reporters + partners)))
    return f"{'+'.join(reporters)}>{'+'.join(partners)}"


def concept_key(metric: str | None, phrase: str | None) -> str:
    """What a metric phrase counts, for the metrics whose phrases count different things
    ("traveller trips", "tourists": ``concepts`` in ``metrics.toml``); "" for the others."""
    concepts = metric_lexicon().concepts.get(metric or "", {}).get((phrase or "").lower())
    return concepts[0] if concepts else ""


def symmetric_key(directed: str) -> str:
    """A directed entity key ("GEO>RUS", "GEO>") as the key of a symmetric metric over the same
    countries ("GEO+RUS", "GEO"): how exports and imports find the turnover they add up to. A key
    scoped to its document ("?a/>RUS") stays so."""
    scope, _, directed = directed.rpartition(SCOPE)
    reporters, _, partners = directed.partition(">")
    key = "+".join(sorted({code for side in (reporters, partners) for code in side.split("+") if code}))
    return f"{scope}{SCOPE}{key}" if scope else key


def _per_distinct(function, *columns: pd.Series) -> pd.Series:
    """``function`` applied once per distinct combination of the columns' values (missing values
    passed as None), not once per row."""
    factorized = [pd.factorize(column, use_na_sentinel=False) for column in columns]
    combined = np.zeros(len(columns[0]), dtype=np.int64)
    for codes, uniques in factorized:
        combined = combined * len(uniques) + codes
    inverse, _ = pd.factorize(combined)
    # factorize numbers combinations in order of first appearance, so the running maximum of the
    # codes steps up exactly at the first row of each.
    first = np.flatnonzero(np.diff(np.maximum.accumulate(inverse), prepend=-1) > 0)
    # Arguments column by column, from the distinct values as a list: indexing an Arrow-backed
    # array one value at a time costs microseconds.
    arguments = [
        [None if pd.isna(value) else value for value in np.asarray(uniques, dtype=object)[codes[first]].tolist()]
        for codes, uniques in factorized
    ]
    return _labels(list(map(function, *arguments)), inverse, columns[0].index)


_APART = frozenset({"forecast", "subnational", "superseded", "excluding"})
_REST = frozenset({"rest_of_whole"})
# Flags that make a figure another quantity than its metric's total over its period: an average
# over it, a change from the month before, a figure per person, one in other prices than usual.
_OTHER_QUANTITY_FLAGS = ("average", "month_on_month", "per_person", "real_terms", "nominal_terms")
_UNDATED = frozenset({"relative_unresolved", "ambiguous_period"})  # a period named that could not be dated


def _flagged(flags: pd.Series, wanted: frozenset[str]) -> np.ndarray:
    """Whether each row's flags ("forecast;no_period") hold any of ``wanted``, worked out once per
    distinct set of flags."""
    return _each_flagged(flags, [wanted])[0]


def _each_flagged(flags: pd.Series, wanted: list[frozenset[str]]) -> list[np.ndarray]:
    """``_flagged`` for each of several sets of flags, with the column factorised once."""
    codes, distinct = pd.factorize(flags.astype("str"), use_na_sentinel=False)
    written = [value.split(";") if isinstance(value, str) else () for value in distinct]
    return [np.array([not flags_of.isdisjoint(row) for row in written], dtype=bool)[codes] for flags_of in wanted]


def _joined(left: pd.Series, separator: str, right: pd.Series, where: pd.Series) -> pd.Series:
    """``left``, with ``separator`` and ``right`` appended in the rows ``where`` holds."""
    joined = left.copy()
    joined[where] = left[where] + separator + right[where]
    return joined


def _sentence_scope(doc: str, sentence: str) -> str:
    digest = hashlib.blake2b(f"{doc}\x1f{sentence}".encode(), digest_size=4).hexdigest()
    return f"?{doc}:{digest}"


def _period_keys(claims: pd.DataFrame, measure: pd.Series) -> pd.Series:
    """The period's label; "" for a change with a base but no period ("has grown by 40% since
    2022": the same implicit reading everywhere). A share with no period is scoped to its
    sentence, so that shares of one whole written together are summed ("33% CIS, 22% EU"). Any
    other figure with no period links with nothing: two of them in one sentence are two things
    ("construction 13.1% and agriculture 13.7%", the two ends of "from $0.6bn to $1.3bn"), nor
    does a share whose own period the text names but could not be dated: in "Russia's share was
    33%, compared with 41% a year ago" (no publication date) the 41% is of another year, nor an
    end of a from–to pair of shares."""
    keys = claims["period"].astype("str")
    implicit = keys.isna() & claims["base_period"].notna() & measure.str.startswith("change")
    keys = keys.mask(implicit, "")
    unscoped = keys.isna()
    if unscoped.any():
        keys[unscoped] = _per_distinct(_sentence_scope, claims.loc[unscoped, "doc"], claims.loc[unscoped, "sentence"])
        alone = unscoped & (measure != "share")
        shares = claims.loc[unscoped & ~alone, ["id", "from_claim", "flags"]]
        if not shares.empty:
            # The two ends of a change are two times: "the EU's share fell to 22% from 24%".
            paired = shares["from_claim"].notna() | shares["id"].isin(claims["from_claim"].dropna())
            alone[shares.index] = paired.to_numpy() | _flagged(shares["flags"], _UNDATED)
        keys[alone] = keys[alone] + ":" + claims.loc[alone, "id"].astype("str")
    return keys


def claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim of a claims table (``figures.tables.CLAIM_COLUMNS``) with its quantity key
    and interval, and its group number (−1 when the claim lacks a metric and so cannot be
    linked). Keys are computed column-wise, and per distinct value where a column needs Python."""
    lexicon = metric_lexicon()
    claims = claims.reset_index(drop=True)
    measure = measures(claims)
    share = measure == "share"
    metric = claims["metric"].astype("str")
    whole = claims["share_of"].astype("str")
    # A share is keyed by its whole ("exports"), or by its part in its whole when the part is of
    # another kind ("budget_deficit in gdp"). A share that names neither a partner nor such a part
    # ("36% of GDP"), or whose whole is unknown, could be of anything: it is not linked.
    own_kind = metric.isna() | (metric == whole)
    named = metric.copy()
    named[share & own_kind] = whole[share & own_kind]
    part_in_whole = share & ~own_kind
    named = _joined(named, " in ", whole, part_in_whole)
    product = claims["product"].astype("str")
    with_product = named.notna() & (named != "") & product.notna()
    symmetric = metric.isin(lexicon.symmetric) & ~share
    # A fall is a negative change ("fell 7%" is −7%): claims record the figure as written and its
    # direction, and a quantity's interval is the value, so "rose 7%" and "fell 7%" conflict.
    falling = (claims["change"].astype("str") == "down").fillna(False) & measure.str.startswith("change").astype(bool)
    lower, upper = claims["lower"].astype(float), claims["upper"].astype(float)
    lower_inclusive, upper_inclusive = claims["lower_inclusive"].astype(bool), claims["upper_inclusive"].astype(bool)
    apart, rest = _each_flagged(claims["flags"], [_APART, _REST])
    frame = pd.DataFrame(
        {
            "position": np.arange(len(claims)),
            "doc": claims["doc"].astype("str"),
            "metric_key": _joined(named, ":", product, with_product),
            # "5.1 million visitors" and "7.4 million traveller trips" in 2024 can both be right:
            # where a metric's words name different things, each is its own quantity.
            "concept_key": _per_distinct(concept_key, metric, claims["metric_phrase"].astype("str")),
            "entity_key": _per_distinct(entity_key, claims["entities"].astype("str"), symmetric),
            "period_key": _period_keys(claims, measure),
            "base_key": claims["base_period"].astype("str").fillna(""),
            "unit": claims["unit"].astype("str"),
            "measure": measure,
            "lower": (-upper).where(falling, lower).fillna(-math.inf),
            "upper": (-lower).where(falling, upper).fillna(math.inf),
            "lower_inclusive": upper_inclusive.where(falling, lower_inclusive),
            "upper_inclusive": lower_inclusive.where(falling, upper_inclusive),
            "falling": falling,
            "additive": metric.isin([name for name, additive in lexicon.additive.items() if additive]),
            # What someone expects is not what happened, an estimate since revised is not what is
            # now known, a city or region is not its country, and all but one country is no
            # country ("from outside the CIS"): a forecast, a superseded estimate, a figure for part
            # of a country or for all but a country links with nothing and is compared with no
            # reference series.
            "apart": apart,
            # "the rest of the world 43%": with the parts named beside it, the whole (FIG404).
            "rest": rest,
        }
    )
    frame["group"] = UNLINKED
    if frame.empty:
        return frame
    unnamed_part = share & own_kind.fillna(True) & frame["entity_key"].str.endswith(">").fillna(False)
    unnamed_part |= share & (whole == "unknown").fillna(False)  # "its share dropped to 25%": of what is not said
    # A figure that names no country is about the country its article is about, which the article
    # may name sentences away: "exports totalled $1.2 billion" in a story on Armenia and in one on
    # Azerbaijan are two things. It links only within its document.
    nameless = frame["entity_key"].isin(["", ">"])
    # So is one that names its partner but not its reporter ("exports to the EU were $1.2 billion",
    # "trade with Russia reached $2.4 billion"): whose exports, whose trade, its article says.
    reporterless = ~nameless & ~claims["entities"].astype("str").str.contains(":reporter", regex=False).fillna(False)
    frame.loc[reporterless, "entity_key"] = "?" + frame.loc[reporterless, "doc"] + SCOPE + frame.loc[reporterless, "entity_key"]
    frame.loc[nameless, "entity_key"] = "?" + frame.loc[nameless, "doc"]
    linkable = frame["metric_key"].notna() & ~unnamed_part.to_numpy(bool) & ~frame["apart"]
    frame.loc[linkable, "group"] = frame[linkable].groupby(KEY_COLUMNS, sort=True).ngroup()
    frame["group"] = _changes_apart_by_level_unit(frame, claims["sentence"])
    return frame


_LEVEL_UNIT_CHANGES = ["change_pct", "multiple"]  # (an absolute change has its level's unit)


def _changes_apart_by_level_unit(frame: pd.DataFrame, sentences: pd.Series) -> pd.Series:
    """Group numbers, with the relative changes of one quantity set apart that are written beside
    levels in different units: "gas export revenue fell 23% to $11.2 billion" and "exported 24.8
    billion cubic metres of gas, an increase of 4.6%" are a change in value and one in volume,
    not one change stated twice. A change beside no level, or beside levels in several units,
    stays with the others of its quantity where those are all of one unit, and apart from them
    where they are not."""
    group = frame["group"]
    # (a quantity's claims share its measure: a group of changes holds only changes)
    shared = frame["measure"].isin(_LEVEL_UNIT_CHANGES) & (group != UNLINKED) & group.duplicated(keep=False)
    if not shared.any():
        return group
    metric_codes, metric_names = pd.factorize(frame["metric_key"])
    unit_codes, unit_names = pd.factorize(frame["unit"])
    stated = ((frame["measure"] == "level") & frame["metric_key"].notna()).to_numpy(bool)
    shared = shared.to_numpy(bool)
    # Only a metric whose levels are stated in several units can have its changes set apart.
    if not np.isin(metric_codes[shared], _codes_in_several_units(metric_codes[stated], unit_codes[stated], len(unit_names))).any():
        return group
    # The claims of a sentence stand together in a claims table, which is in reading order: a
    # sentence is a run of rows, numbered, and with its metric one integer key (a join on the
    # sentences' text took most of this function's time at a million claims).
    docs, texts = frame["doc"].to_numpy(), sentences.to_numpy()
    starts_sentence = np.ones(len(frame), dtype=bool)
    starts_sentence[1:] = (docs[1:] != docs[:-1]) | (texts[1:] != texts[:-1])
    key = np.cumsum(starts_sentence) * (len(metric_names) + 1) + metric_codes
    changes = pd.DataFrame({"row": np.flatnonzero(shared), "key": key[shared]})
    pairs = _distinct(key[stated] * len(unit_names) + unit_codes[stated])  # each (sentence and metric, unit) once
    levels = pd.DataFrame({"key": pairs // len(unit_names), "unit": pairs % len(unit_names)})
    beside = changes.merge(levels, on="key")
    one_unit = beside.drop_duplicates("row", keep=False)  # beside levels in one unit only
    rows = one_unit["row"].to_numpy()
    units = pd.DataFrame({"group": group.to_numpy()[rows], "unit": one_unit["unit"].to_numpy()})
    units_per_group = units.drop_duplicates()["group"].value_counts()
    mixed = units_per_group.index[units_per_group > 1]
    if mixed.empty:
        return group
    apart = np.full(len(frame), -1)  # the code of the unit a change is set apart by
    apart[rows] = units["unit"].to_numpy()
    apart[~group.isin(mixed).to_numpy(bool)] = -1
    linked = (group != UNLINKED).to_numpy(bool)
    regrouped = group.copy()
    regrouped[linked] = pd.DataFrame({"group": group.to_numpy()[linked], "apart": apart[linked]}).groupby(["group", "apart"], sort=True).ngroup().to_numpy()
    return regrouped


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct integers, sorted (np.unique hashes them: fifty times slower at a million)."""
    ordered = np.sort(values)
    return ordered[np.diff(ordered, prepend=ordered[:1] - 1) != 0]


def _codes_in_several_units(metric_codes: np.ndarray, unit_codes: np.ndarray, units: int) -> np.ndarray:
    """The metric codes that come with more than one unit code."""
    metrics = _distinct(metric_codes * units + unit_codes) // units
    return metrics[np.diff(metrics, prepend=-1) == 0]


def quantities_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per linked quantity: its key, the intersection of its claims' intervals (with
    inclusive ends), whether that intersection is empty (a conflict), and its claims."""
    linked = claims[claims["group"] != UNLINKED]
    if linked.empty:
        return pd.DataFrame(columns=["group", *KEY_COLUMNS, "lower", "upper", "conflict", "claim_positions"])
    # Group numbers run from 0 (``claims_table`` numbers them with ngroup): one stable sort puts
    # each group's claims together, in table order, and every aggregate is a NumPy reduction over
    # the sorted runs — a pandas groupby aggregation over a million rows took five times as long.
    groups = linked["group"].to_numpy()
    order = np.argsort(groups, kind="stable")
    counts = np.bincount(groups)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    lower, upper = linked["lower"].to_numpy()[order], linked["upper"].to_numpy()[order]
    group_lower, group_upper = np.maximum.reduceat(lower, starts), np.minimum.reduceat(upper, starts)
    # An end of the intersection is open if any claim reaching that end is open there.
    sorted_groups = groups[order]
    open_lower = (lower == group_lower[sorted_groups]) & ~linked["lower_inclusive"].to_numpy(bool)[order]
    open_upper = (upper == group_upper[sorted_groups]) & ~linked["upper_inclusive"].to_numpy(bool)[order]
    # A group's documents: its distinct (group, document) pairs.
    doc_codes, doc_names = pd.factorize(linked["doc"])
    pairs = _distinct(sorted_groups.astype(np.int64) * len(doc_names) + doc_codes[order])
    documents = np.bincount(pairs // len(doc_names), minlength=len(counts))
    table = linked[[*KEY_COLUMNS, "additive"]].iloc[order[starts]].reset_index(drop=True)
    table.insert(0, "group", np.arange(len(counts)))
    table["lower"], table["upper"] = group_lower, group_upper
    table["documents"], table["claims"] = documents, counts
    positions = linked["position"].to_numpy()[order].tolist()
    ends = np.cumsum(counts).tolist()
    table["claim_positions"] = [tuple(positions[start:end]) for start, end in zip([0, *ends[:-1]], ends, strict=True)]
    table["lower_inclusive"] = ~np.logical_or.reduceat(open_lower, starts) & np.isfinite(group_lower)
    table["upper_inclusive"] = ~np.logical_or.reduceat(open_upper, starts) & np.isfinite(group_upper)
    table["conflict"] = (table["lower"] > table["upper"]) | (
        (table["lower"] == table["upper"]) & ~(table["lower_inclusive"] & table["upper_inclusive"])
    )
    return table
