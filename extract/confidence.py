"""How likely a fact is true: the measured precision of the rule that read it (its basis),
lowered when its arguments stand far from the trigger or across a clause boundary, and for
hedged (reported, planned) statements. The numbers are data: extract/lang/confidence.json,
written by extract/calibrate.py."""
from __future__ import annotations

from . import lexicon


class Confidence:
    """Scores facts from the table of extract/lang/confidence.json."""

    def __init__(self, table: dict | None = None):
        t = table or lexicon.load("confidence")
        self.bases: dict[str, float] = {b: v["confidence"] for b, v in t["bases"].items()}
        self.relations: dict[str, float] = {r: v["confidence"] for r, v in t.get("relations", {}).items()}
        self.default: float = t["default"]
        p = t["penalties"]
        self.near, self.far = p["near_tokens"], p["far_tokens"]
        self.mid_factor, self.far_factor = p["mid_distance"], p["far_distance"]
        self.split_factor, self.other_sentence = p["clause_break"], p["other_sentence"]
        self.modality_factor: dict[str, float] = p["modality"]
        self.one_word_name: float = p["one_word_person"]
        self.role_for_actor: float = p["role_for_actor"]

    def prior(self, predicate: str, basis: str) -> float:
        """The rule's measured confidence; for a rule not seen on the gold sets, its relation's."""
        return self.bases.get(f"{predicate}:{basis}", self.relations.get(predicate, self.default))

    def score(self, predicate: str, basis: str, spread: tuple[int, bool], modality: str, one_word_names: int = 0,
              by_role: int = 0) -> float:
        """spread: (tokens between the trigger and its farthest argument, clause boundary between them);
        one_word_names: ends that are persons named by a single word ("ماكرون" — or a common word misread);
        by_role: ends read off an unnamed official's title ("وزير الخارجية المغربي" for Morocco)."""
        distance, split = spread
        c = self.prior(predicate, basis) * self.one_word_name ** one_word_names * self.role_for_actor ** by_role
        if distance >= 99:
            c *= self.other_sentence
        else:
            if distance > self.far:
                c *= self.far_factor
            elif distance > self.near:
                c *= self.mid_factor
            if split:
                c *= self.split_factor
        c *= self.modality_factor.get(modality, 1.0)
        return round(min(max(c, 0.0), 1.0), 3)
