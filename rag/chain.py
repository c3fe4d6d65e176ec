"""The answer pipeline: question → (rewrite) → retrieve → context → support check → evidence →
model restatement → verification, streamed as typed events (``rag.schema``).

Each stage is a module (``query``/``rewrite``, ``retrieval``, ``context``, ``evidence``,
``compose``, ``verify``, ``refusal``); ``AnswerEngine`` only orders them and keeps the clock.
``stream`` is the one pipeline: ``answer`` collects it and ``as_runnable`` is its LangChain face.
Whatever the model does (busy, slow, crashing, declining, inventing numbers) the answer ends from
the quoted evidence, labelled as such.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from langchain_core.runnables import Runnable, RunnableLambda

from index.docnumber import DOC_NUMBER_RE, doc_number_parts, find_doc_numbers
from index.errors import LLMDisabled, LLMUnavailable, ModelBusy, ModelError, ModelTimeout, QuestionError
from index.standing import Validity, warning
from index.tasks import TaskRow
from index.titles import BOOK_TITLE_RE, restating_page
from index.validity import BEFORE_KEPT_RE, REST_UNCHANGED_RE, changes_figure
from prompts import REFUSAL, load_prompt
from rag.admission import ModelGate
from rag.assignments import (
    TaskAsk,
    assignment_answer,
    assignment_line,
    best_rows,
    deadline_in_prose,
    duties_within,
    listed_rows,
    listing_topic,
    missing_from,
    numbered_row,
    on_topic_applies,
    quote_span,
    rank_rows,
    restating_rows,
    row_hit,
    task_ask,
)
from rag.compose import LEAD_STOP, LEAD_TOKENS, answer_messages, lead_sources, prime, stream_model
from rag.context import ContextPassage, build_context
from rag.evidence import (
    LOOSE,
    Quote,
    Selection,
    Support,
    asked_unit,
    assess_support,
    complete,
    evidence_text,
    extractive_text,
    headed_rows,
    labelled_quotes,
    left_out,
    numbered,
    part_sources,
    quote_claims,
    rest_asked,
    select_evidence,
    unit_header,
    widened,
    with_quotes,
)
from rag.fusion import passes
from rag.llm import LLMSettings, count_tokens, estimate_tokens, make_chat_model
from rag.lookup import (
    VALIDITY_HEADING,
    LookupAnswer,
    asks_standing,
    asks_use_now,
    asks_validity,
    citation_at_span,
    compared_notices,
    described_notices,
    lapsed_docs,
    lapsed_named,
    named_notices,
    only_validity,
    predecessors_repealed,
    replacing_docs,
    section_at,
    stated_terms,
    unheld_standing,
    validity_answer,
    validity_notes,
    without_shown_grounds,
    year_named_notices,
)
from rag.outline import asks_benefit, outline_hits
from rag.parts import Asked, Part, asks_doc_number, asks_signed_date, question_parts
from rag.passages import naming_regions
from rag.plain import CONDITION_AGE, unstated_conditions, with_notice_words
from rag.query import (
    QueryAnalysis,
    analyse,
    elsewhere,
    off_topic,
    unheld_doc_numbers,
    unheld_titles,
    unnamed_places,
    unnamed_things,
)
from rag.refusal import ABOUT_ME_REPLY, about_the_assistant, refusal_text, related_notices
from rag.rewrite import clean_llm_rewrite, heuristic_rewrite, is_follow_up
from rag.schema import (
    Answer,
    Citation,
    Claim,
    Event,
    Evidence,
    EvidenceShown,
    Filters,
    Final,
    Hit,
    Note,
    RetrievalResult,
    Rewritten,
    Token,
    Turn,
)
from rag.sentences import fact_form, pair_dice, split_sentences, squash
from rag.verify import (
    Verified,
    make_citation,
    parse_markers,
    prints_changed,
    render_claims,
    ruled_figures,
    strip_invalid_markers,
    verify_claims,
    without_outdated,
)
from rag.worked import worked_sums

if TYPE_CHECKING:
    from index.models import Document
    from rag.runtime import Runtime

log = logging.getLogger(__name__)

# Calibrated on the development questions (see README, "Refusal"): the best passage sentence must
# cover this idf-weighted share of the question's terms, else the answer is a refusal.
MIN_COVERAGE = 0.12
# The closest passage's dense similarity below which a question is about something the notices do
# not speak of, per embedding model (cosine scales differ between models; none for an unmeasured
# one). multilingual-e5-small over the bundled corpus: every one of 218 answerable questions
# (dev and the three blind sets) ≥ 0.885; 22 of 42 questions on other cities' matters < 0.875.
# Over four other cities' sets and a fourth blind set, answerable questions come as low as 0.866
# (a colloquial one on a scanned 通告, one on an expired measure), while off-topic ones reach 0.870:
# the two overlap, and a floor of 0.865 answered two more off-topic questions; it stays at 0.870,
# and a question up to 0.01 under it is read where it names a hill or quotes a sum that a retrieved
# passage prints (rag.evidence.names_what_passages_name). A question in everyday words is also read
# in the notices' words (rag.plain.with_notice_words): over 26 sets that lifts two answerable questions
# over the floor (0.867 → 0.875, 0.866 → 0.876) and no unanswerable one (one off-topic question it
# lifts, "孩子打疫苗要花钱吗", is refused for saying nothing of cost).
MIN_CLOSEST = {"multilingual-e5-small": 0.87}


def min_closest(embedding_model: str) -> float:
    """The calibrated floor for an embedding model ("packaged:multilingual-e5-small",
    "intfloat/multilingual-e5-small" alike), 0 (no floor) for any other."""
    name = embedding_model.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return MIN_CLOSEST.get(name, 0.0)


@dataclass(frozen=True)
class EngineSettings:
    support_tokens: int = 1600  # the retrieved passages the support check reads
    max_passage_chars: int = 420  # a context passage, trimmed from the retrieved one
    min_coverage: float = MIN_COVERAGE
    min_closest: float = 0.0  # see MIN_CLOSEST
    max_question_chars: int = 500
    llm_rewrite: bool = False  # rewrite follow-ups with the LLM (slower) instead of the heuristic
    remote_capacity: int = 32  # questions in flight at once on a remote server (the local one says its own)
    admission_budget_s: float = 24.0  # the longest expected wait for the model's first token
    local_prompt_rate: float = 40.0  # prompt tokens/s assumed for the local model until measured
    # "lead" (the model answers in one sentence above the quotes), "restate" (it rewords the
    # selected quotes), "compose" (it writes from them and their neighbouring sentences) or "auto":
    # lead for the local model, compose for a remote one (see rag.compose.STYLES).
    answer_style: str = "auto"


# Lone UTF-16 surrogates: what invalid UTF-8 on a command line or "\ud800" in JSON turns into.
_SURROGATES_RE = re.compile("[\ud800-\udfff]")


def validate_question(question: str, max_chars: int) -> str:
    q = _SURROGATES_RE.sub("", question or "").strip()
    if not q:
        raise QuestionError("请输入问题。")
    if len(q) > max_chars:
        raise QuestionError(f"问题过长（{len(q)} 字），请精简到 {max_chars} 字以内。")
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", q):
        raise QuestionError("没有看懂这个问题，请用中文描述您想了解的政策。")
    return q


def _fallback_note(exc: BaseException) -> str:
    if isinstance(exc, ModelBusy):
        return "（当前咨询较多，以下为文件原文摘录；稍后再问可获得模型解读）"
    if isinstance(exc, ModelTimeout):
        return "（模型解读超时已停止，以下为文件原文摘录）"
    return "（大模型暂不可用，以下为文件原文摘录）"


_SUM_OR_RATE = re.compile(r"元|%|％|‰")
_RESTATED_REACH = 600  # characters before a page's quote that the notice it restates is named within
_ALIKE_LEAST = 0.45  # the Dice share of two-character pieces at which a notice's sentence restates a page's


def _only_held(numbers: Sequence[str], held: Mapping[str, str], own: str) -> list[str]:
    """The one 文号 of a held notice (not the page itself) among those a page names, else none."""
    found = list(dict.fromkeys(n for n in numbers if n in held and held[n] != own))
    return found if len(found) == 1 else []


def _quoted_wording(sentence: str, figure: str) -> bool:
    """Whether an amending sentence changes a wording it quotes that holds ``figure`` ("将…中的“年满70周岁老年人”
    修改为“年满65周岁老年人”"), not a sum said in prose of those of that age ("年满60周岁不满80周岁的…由2元提高到3元")."""
    return re.search(rf"[“\"][^”\"]*{re.escape(figure)}[^”\"]*[”\"]\s*(?:修改|调整|替换)为", sentence) is not None


def _outdated_after(quotes: Sequence[Quote], changers: set[str]) -> tuple[Quote, ...]:
    """The quotes with those of a notice (or a page restating it) whose every quote prints a figure that a
    quoted sentence of an amending notice (of ``changers``) changes moved after the amending notice's last
    quote: "失能老人每月600元" after "将…“每人每月600元”修改为“每人每月800元”", so that the figure in force is
    read first (by the reader and by the model, which reads the first quotes)."""
    changing = [q.text for q in quotes if q.hit.chunk.doc_id in changers]
    if not changing:
        return tuple(quotes)
    stale = {n for n, q in enumerate(quotes) if q.hit.chunk.doc_id not in changers and prints_changed(q.text, changing)}
    # (a notice's quotes stand together, numbered in its order: one is moved only with all of its notice's,
    # where each of them prints a figure since changed)
    docs = {quotes[n].hit.chunk.doc_id for n in stale}
    docs = {d for d in docs if all(n in stale for n, q in enumerate(quotes) if q.hit.chunk.doc_id == d)}
    outdated = [q for q in quotes if q.hit.chunk.doc_id in docs]
    if not outdated:
        return tuple(quotes)
    kept = [q for q in quotes if q.hit.chunk.doc_id not in docs]
    last = max(n for n, q in enumerate(kept) if q.hit.chunk.doc_id in changers)
    return (*kept[:last + 1], *outdated, *kept[last + 1:])


def _sentence_forms(hits: Sequence[Hit]) -> Iterator[tuple[Hit, int, int, str]]:
    """Each sentence of the hits: (hit, start, end, its figures' form as ``fact_form`` writes them)."""
    for hit in hits:
        for a, b in split_sentences(hit.text):
            yield hit, a, b, fact_form(hit.text[a:b])


class _Turn:
    """One question on its way through the pipeline: what its answer is built from, and its clock."""

    def __init__(self, engine: AnswerEngine, question: str, rewritten: str | None, backend: str,
                 result: RetrievalResult, passages: list[ContextPassage], t0: float, as_of: str):
        self.engine, self.question, self.rewritten, self.backend = engine, question, rewritten, backend
        self.as_of = as_of  # the day validity is judged on
        self.standalone = rewritten or question
        self.result, self.passages, self.t0 = result, passages, t0
        self.latency = {"retrieval_ms": (time.perf_counter() - t0) * 1000}
        self.prompt_tokens = 0
        self.selection = Selection((), (), ())  # the quotes that answer each part of the question
        self.sources: list[ContextPassage] = []  # those quotes numbered: the [n] of evidence and answer
        self.extractive: str | None = None  # the quoted evidence as an answer, when the passages hold it
        self.closest = ""  # what the closest notice says of the asker's case, where it leaves it out
        self.evidence: Evidence | None = None  # that evidence, once shown ahead of the model's text
        self.rows: dict[str, TaskRow] = {}  # task rows added as hits, by their hit's chunk id
        self.ask: TaskAsk | None = None  # what the question asks of them
        self.missing: tuple[str, ...] = ()  # the 文号 it names that the library does not hold
        self.described: list[str] = []  # the lapsed notices it describes by a sum they set
        self.worked: tuple[Claim, ...] = ()  # sums worked from the asker's figures and a quote's rule

    def quoted(self) -> list[Claim]:
        """The answer without a model, claim by claim: the sums worked, then the quotes."""
        return [*self.worked, *quote_claims(self.selection)]

    def _ms(self) -> float:
        return (time.perf_counter() - self.t0) * 1000

    def mark_content(self) -> None:
        self.latency.setdefault("first_content_ms", self._ms())

    def mark_model_token(self) -> None:
        if "first_model_token_ms" not in self.latency:
            self.latency["first_model_token_ms"] = self._ms()
            self.mark_content()

    def refusal(self) -> str:
        return refusal_text(self.result.hits, self.missing, self.closest)

    def citations(self, numbers: Sequence[int]) -> tuple[Citation, ...]:
        by_n = {p.n: p for p in self.sources}
        index = self.engine.rt.index
        out = []
        for n in dict.fromkeys(numbers):
            if n in by_n:
                p = by_n[n]
                doc_id = p.hit.chunk.doc_id
                doc = index.documents.get(doc_id)
                cited = make_citation(n, p, p.text)
                # the section the quoted sentence stands in: a passage grown with the sections before
                # its chunk ("四、…" "五、…" read with "六、…") is not all under the chunk's heading
                at = doc.text.find(p.text, p.hit.start, p.hit.end + len(p.text)) if doc and p.text else -1
                if doc and at >= 0 and (section := section_at(doc, at, p.text)):
                    cited = replace(cited, section=section)
                out.append(replace(cited, validity=index.validity.of_doc(doc_id, self.as_of),
                                   also_in=doc.also_in if doc else ()))
        return tuple(out)

    def finish(self, backend_used: str, *, refused: bool, text: str = "", claims: Sequence[Claim] = (),
               verified: Verified | None = None, reason: str | None = None,
               evidence: Evidence | None = None) -> Iterator[Event]:
        """The answer: ``text`` (a refusal, or the quoted evidence as written), else ``claims``
        rendered with their markers; under it, the 【效力提示】 for cited notices no longer in force."""
        self.mark_content()
        if not refused and not text:
            text = render_claims(claims)
        cited = parse_markers(text, len(self.sources)) if not refused else []
        if evidence is not None:  # the evidence's citations first, then any the answer adds
            cited = [*(c.n for c in evidence.citations), *cited]
        citations = self.citations(cited)
        asked = asks_standing(self.standalone)
        notes = "" if refused else validity_notes(citations, asked)
        # "原来的供热价格文件还有效吗": what the cited notice repealed, in its own words
        if not refused and asked and (gone := predecessors_repealed(self.engine.rt.index.validity, citations,
                                                                    self.standalone, bool(self.described))):
            notes = f"{notes}{gone}" if notes else f"{VALIDITY_HEADING}{gone}"
        # a notice the question names that the library lacks and knows to be repealed: said above the
        # quotes, and in the answer's own text where that does not already hold it (the model's answer)
        named = self.selection.preface.strip()
        if not refused and named and named not in text:
            notes = notes + named.removeprefix(VALIDITY_HEADING) if notes else named
        if notes:
            yield Note("\n\n" + notes)
            text += "\n\n" + notes
            flagged = tuple(c.n for c in citations if c.validity and (
                (asked and c.validity.status == "in_force") or not c.validity.current
                or c.validity.status == "amended"))
            claims = (*claims, Claim(notes, flagged, "validity"))
        self.latency["total_ms"] = self._ms()
        yield Final(Answer(
            question=self.question, rewritten_question=self.rewritten, text=text,
            citations=citations, refused=refused, backend=backend_used,
            fallback_reason=reason, related=related_notices(self.result.hits) if refused else (),
            hits=self.result.hits, latency_ms=dict(self.latency),
            prompt_tokens=self.prompt_tokens if backend_used != "extractive" else 0,
            completion_tokens=self.engine.count_tokens(text, backend_used), evidence=evidence,
            claims=() if refused else tuple(claims), removed=verified.removed if verified else (),
            checked=verified.checked if verified else 0))

    def refuse(self, backend_used: str) -> Iterator[Event]:
        text = self.refusal()
        yield Note(text)
        yield from self.finish(backend_used, refused=True, text=text)

    def fallback(self, reason: str, note: str, after_tokens: bool) -> Iterator[Event]:
        """End the answer from the evidence (already shown when ``self.evidence`` is set), labelled."""
        if not self.extractive:
            yield from self.refuse("extractive")
            return
        lead = "\n\n" if after_tokens else ""
        # The reader already has the evidence on screen: say so instead of repeating it.
        yield Note(lead + (note.replace("以下", "以上") if self.evidence else note + "\n" + self.extractive))
        yield from self.finish("extractive", refused=False, claims=self.quoted(), reason=reason,
                          text=note + "\n" + self.extractive)


def _lapsed_first(turn: _Turn, claims: Sequence[Claim]) -> str:
    """What the model's sentences must open with where they restate a notice no longer in force (every notice they
    cite has lapsed, or a figure they state is printed by a lapsed notice alone): it is the old rule, not the current
    one ("（依据的文件已失效，有效期至2021年4月30日，以下为其原规定）")."""
    lapsed = dict(turn.selection.lapsed)
    by_n = {p.n: p for p in turn.sources}
    cited = {n for c in claims for n in c.cited}
    docs = list(dict.fromkeys(by_n[n].hit.chunk.doc_id for n in sorted(cited) if n in by_n))
    stale = [lapsed[d] for d in docs if d in lapsed]
    if not stale:
        return ""

    def old(claim: Claim) -> bool:  # a figure it states that only a lapsed notice it cites prints
        held = [(by_n[n].hit.chunk.doc_id in lapsed, fact_form(by_n[n].text)) for n in claim.cited if n in by_n]
        return any(any(gone and f in text for gone, text in held) and not any(not gone and f in text for gone, text in held)
                   for f in ruled_figures(claim.text))

    # (where every notice they cite has lapsed, or a figure they state is printed by a lapsed notice alone: not
    # over sentences citing a notice in force for what they say, which the label would tell the reader is gone)
    return f"（依据的文件{stale[0]}，以下为其原规定）" if len(stale) == len(docs) or any(map(old, claims)) else ""


def _whole_sentences(text: str, cut: bool = False) -> str:
    """A lead without its last, unfinished sentence; nothing where the token limit ``cut`` its only
    sentence ("…，牵头单位是市生态环境局，完成时限是20": a date cut in two is no answer)."""
    ends = [m.end() for m in re.finditer(r"[。！？!?]|\[\d{1,2}\]", text)]
    if not ends:
        return "" if cut else text
    return text[:ends[-1]] if ends[-1] < len(text.rstrip()) else text


def _declined_note(turn: _Turn) -> str:
    """What the reader is told when the model gives up on quotes that answer the question: where
    the quotes grant something only to a group the asker did not say they are in ("残疾儿童"), that
    the reader must check it applies."""
    groups = unstated_conditions([q.text for q in turn.selection.quotes], turn.standalone)
    if groups:
        return f"（文件的相关规定限于{'、'.join(groups)}等条件，以下为文件原文摘录，请确认是否适用）"
    return "（模型未能作答，以下为文件原文摘录）"


class AnswerEngine:
    """One per process; ``stream``/``answer`` may run in several threads (the local model locks)."""

    def __init__(self, runtime: Runtime, llm: LLMSettings | None = None, chat_model: BaseChatModel | None = None,
                 settings: EngineSettings | None = None):
        self.rt = runtime
        self.llm_settings = llm or runtime.settings.llm_resolved
        self.settings = settings or EngineSettings(max_question_chars=runtime.settings.max_question_chars,
                                                   answer_style=runtime.settings.answer_style,
                                                   min_closest=min_closest(runtime.settings.embedding_model))
        self._injected = chat_model
        self._models: dict[str, BaseChatModel] = {}
        self._gates: dict[str, ModelGate] = {}
        self._lock = threading.Lock()
        self._restates: dict[str, bool] = {}  # doc_id → whether it restates notices (a 问答, a 解读): read once

    # ------------------------------------------------------------------ models
    def _backend(self, backend: str | None) -> str:
        return backend or self.llm_settings.backend

    def chat_model(self, backend: str) -> BaseChatModel:
        """The chat model for a backend; raises LLMUnavailable/LLMDisabled."""
        if self._injected is not None and backend != "extractive":
            return self._injected
        with self._lock:
            if backend not in self._models:
                self._models[backend] = make_chat_model(self.llm_settings.model_copy(update={"backend": backend}))
            return self._models[backend]

    def questions_at_model(self) -> int:
        """Questions holding a place at a model now (reading their prompt or writing)."""
        with self._lock:
            gates = list(self._gates.values())
        return sum(gate.inside for gate in gates)

    def status(self, backend: str | None = None) -> dict[str, Any]:
        """Whether the model can answer now; for the local model, its server's live state."""
        b = self._backend(backend)
        try:
            model = self.chat_model(b)
        except LLMDisabled:
            return {"backend": "extractive", "llm_available": False, "llm_message": "抽取式回答（未配置大模型）"}
        except LLMUnavailable as exc:
            return {"backend": b, "llm_available": False, "llm_message": f"大模型不可用，改用抽取式回答：{exc}"}
        server = getattr(model, "server", None)
        if server is not None:
            st = server.status()
            return {"backend": b, "llm_available": st.ready, "llm_message": st.message,
                    "llm_state": st.state.value, "llm_restarts": st.restarts}
        return {"backend": b, "llm_available": True, "llm_message": f"模型可用（{b}）"}

    def warm_up(self, backend: str | None = None, timeout_s: float = 180.0) -> dict[str, Any]:
        """Start the model now (the local server loads in a few seconds) and wait until it answers."""
        b = self._backend(backend)
        with contextlib.suppress(LLMUnavailable):
            model = self.chat_model(b)
            server = getattr(model, "server", None)
            if server is not None:
                server.wait_ready(timeout_s)
                with contextlib.suppress(ModelError, TimeoutError, OSError):  # a slow first answer, no more
                    prime(model, self.rt.settings.persona, self.style(b))
        self.count_tokens("预热", b)  # load the tokenizer now, not during the first question
        return self.status(b)

    def count_tokens(self, text: str, backend: str) -> int:
        try:
            if backend != "extractive":
                return count_tokens(text, self.llm_settings.model_copy(update={"backend": backend}))
        except LLMUnavailable:
            pass
        return estimate_tokens(text)

    def _gate(self, backend: str, model: BaseChatModel) -> ModelGate:
        with self._lock:
            gate = self._gates.get(backend)
            if gate is None:
                capacity = int(getattr(model, "capacity", 0)) or self.settings.remote_capacity
                # A remote server reads prompts far faster than the local CPU; the gate learns either.
                rate = self.settings.local_prompt_rate if backend == "local" else 2000.0
                gate = self._gates[backend] = ModelGate(capacity, self.settings.admission_budget_s, rate)
            return gate

    # ------------------------------------------------------------------ stages
    def rewrite(self, question: str, history: Sequence[Turn], backend: str) -> str | None:
        if not is_follow_up(question, history):
            return None
        guess = heuristic_rewrite(question, history, self.rt.retriever.localities)
        if self.settings.llm_rewrite and backend != "extractive":
            try:
                model = self.chat_model(backend)
                convo = "\n".join(f"问：{t.question}\n答：{t.answer[:200]}" for t in history[-3:])
                prompt = load_prompt("rewrite").format(history=convo, question=question)
                out = model.invoke([HumanMessage(prompt)])
                return clean_llm_rewrite(str(out.content), guess)
            except LLMUnavailable:
                return guess
        return guess

    def retrieve(self, question: str, filters: Filters | None) -> RetrievalResult:
        return self.rt.retriever.retrieve(question, filters)

    def context(self, question: str, hits: Sequence[Hit]) -> list[ContextPassage]:
        """The retrieved passages the support check reads, the same for every backend (the model
        reads only the quotes selected from them)."""
        return build_context(hits, question, estimate_tokens, self.settings.support_tokens,
                             self.settings.max_passage_chars)

    def support(self, question: str, passages: Sequence[ContextPassage], result: RetrievalResult) -> Support:
        closest = max((h.signals.get("dense", 0.0) for h in result.hits), default=0.0)
        worded = with_notice_words(question)
        if 0 < closest < self.settings.min_closest and worded != question:
            # a question in everyday words is as close as it is in the notices' words ("一个点能收多少个
            # 孩子" is about 托位 and 婴幼儿): the closest of the retrieved notices' chunks to it so worded
            closest = max(closest, self.rt.retriever.closest(worded, {h.chunk.doc_id for h in result.hits}))
        # (a table row's bare figure is a sum in the asked unit where its notice heads a column with it)
        unit, docs = asked_unit(question), self.rt.index.documents
        held = {p.hit.chunk.doc_id for p in passages} & docs.keys()
        headed = {d: h for d in held if (h := unit_header(docs[d].text, unit))} if unit else {}
        return assess_support(passages, question, result.analysis, self.rt.retriever.coverage_idf,
                              self.settings.min_coverage, closest=closest if closest > 0 else 1.0,
                              min_closest=self.settings.min_closest, headed=headed)

    # ------------------------------------------------------------------ the pipeline
    def stream(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Iterator[Event]:
        """Evidence first: the quoted sentences and their citations are yielded as soon as retrieval is
        done (well under a second), then the model's restatement streams after them."""
        t0 = time.perf_counter()
        q = validate_question(question, self.settings.max_question_chars)
        b = self._backend(backend)
        rewritten = self.rewrite(q, history, b)
        if rewritten:
            yield Rewritten(rewritten)
        standalone = rewritten or q
        as_of = (filters and filters.as_of) or self.rt.settings.as_of_iso  # the day validity is judged on
        filters = replace(filters or Filters(), as_of=as_of)
        if about_the_assistant(standalone):
            yield from self._refuse_outright(q, rewritten, t0)
            return
        # a notice the question names (by title or 文号) that the library lacks but knows the standing of
        # (listed by a decision that kept or repealed it): said above the answer, no reason to refuse
        unheld_said: dict[str, str] = {}
        graph = self.rt.index.validity
        if asks_validity(standalone):
            keys = named_notices(standalone, analyse(standalone, self.rt.retriever.localities), graph)
            if keys and only_validity(standalone, keys, graph):
                yield from self._lookup(q, rewritten, keys, as_of, t0)
                return
            unheld_said = unheld_standing(graph, keys, as_of, kept=asks_standing(standalone))
        ask = task_ask(standalone)
        rows: list[TaskRow] = []
        if ask is not None and ask.listing:
            analysis = analyse(standalone, self.rt.retriever.localities)
            rows = self._task_rows(standalone, analysis, ask, filters)
            if not ask.other:  # a listing with nothing to list says so
                yield from self._task_lookup(standalone, analysis, q, rewritten, ask, rows, as_of, t0)
                return
        result = self.retrieve(standalone, filters)
        if ask is not None and not ask.listing:
            # The row the question describes, if retrieval finds its notice too: answered from the
            # row when nothing else is asked (and the row holds what is asked), else a hit of its
            # own heading the rest.
            near = {h.chunk.doc_id for h in result.hits[:3]}
            rows = [r for r in self._task_rows(standalone, result.analysis, ask, filters) if r.doc_id in near]
            if rows and not ask.other and all(r.deadline for r in rows if "deadline" in ask.roles) and not (
                    duties_within(standalone, rows)) and not (
                    "deadline" in ask.roles and deadline_in_prose(standalone, [h.text for h in result.hits[:3]], rows)):
                yield from self._task_lookup(standalone, result.analysis, q, rewritten, ask, rows, as_of, t0)
                return
            if rows:
                result = _with_row_hits(result, rows, self.rt.index.documents)
        turn = _Turn(self, q, rewritten, b, result, self.context(standalone, result.hits), t0, as_of)
        turn.rows = {f"task:{r.id}": r for r in rows} if rows and ask is not None and not ask.listing else {}
        turn.ask = ask
        # "按现行有效的…（卫政办规发〔2022〕2号）": a notice the library does not hold
        # "是不是还按株政办发〔2016〕27号…": a notice the library does not hold but knows to be
        # repealed (or expired) is no reason to refuse: the answer says so first, then what governs now
        named_gone = lapsed_named(graph, result.analysis.doc_numbers,
                                  self.rt.retriever.doc_numbers, as_of)
        retrieved = [self.rt.index.documents[d] for d in dict.fromkeys(h.chunk.doc_id for h in result.hits)
                     if d in self.rt.index.documents]
        turn.missing = tuple(unheld_doc_numbers([m for m in result.analysis.doc_numbers if m not in named_gone
                                                 and graph.find_number(m.code_chars, m.year, m.serial) not in unheld_said],
                                                self.rt.retriever.doc_numbers, [d.text for d in retrieved])) + tuple(
            unheld_titles([t for t in result.analysis.quoted_titles
                           if graph.find_title(t) not in unheld_said],
                          self.rt.index.documents.values(), retrieved))
        if turn.missing or not self.support(standalone, turn.passages, result).ok:
            yield from turn.refuse(b)
            return
        # "…还有效吗？按这个办法…", "现在还能按这个政策去申请吗": the standing of the cited notices
        # answers the validity part
        # (a place in another province the notices never name is, to them, 外省: "在上海住院" is 本市以外)
        scored = elsewhere(standalone, result.analysis, self.rt.retriever.mentioned)
        asked = question_parts(scored)
        # ("…通告文号是多少？…": the citation of the quotes answers the 文号, no sentence need)
        # (but "其他条款还适用吗" of an amended notice is answered by the amending notice's "其他规定不变")
        # (unless the notice found first prints none: a 政策解读 deck answers by the sentence naming the notice's 文号)
        top_numbered = bool(result.hits) and bool(result.hits[0].chunk.doc_number)
        parts = tuple(p for p in asked if ((not asks_standing(p.clause) and not asks_use_now(p.clause))
                                           or rest_asked(p.clause)) and not (top_numbered and asks_doc_number(p.clause))) or asked
        outlines = self._outlines(parts, result.hits)

        def chosen(hits: Sequence[Hit]) -> Selection:
            docs = self.rt.index.documents
            # (not from a notice on another matter than the benefit the question names: "…冬季瓜菜设施补贴…之前领的
            # 补贴要退吗" is no question for a car subsidy's "在此之前购车的…")
            away = off_topic(standalone, {d: docs[d].text for d in {h.chunk.doc_id for h in hits} if d in docs},
                             hits[0].chunk.doc_id if hits else "")
            hits = [h for h in hits if h.chunk.doc_id not in away] or list(hits)
            picked = select_evidence(hits, scored, parts, self.rt.retriever.idf,
                                     wider=_regions(hits, docs), outlines=outlines, naming=self._naming,
                                     printed=self.rt.retriever.printed)
            return headed_rows(picked, {d: docs[d].text for d in {q.hit.chunk.doc_id for q in picked.quotes} if d in docs})

        turn.selection = chosen(result.hits)
        # "有没有打算把供暖管得智能一点？这事是哪个部门牵头": a question in everyday words names no
        # task row, but the sentences quoted for it may be a row's task, printed again in its table
        # with who leads it; the quotes are chosen again with that row among the hits
        restated = self._rows_restating(turn, ask, parts)
        if restated:
            result = _with_row_hits(result, restated, self.rt.index.documents)
            turn.result, turn.rows = result, {f"task:{r.id}": r for r in restated}
            turn.selection = chosen(result.hits)
        # "…是不是还按5号每户每年1200元发": the sum the notice replacing the named one sets is quoted too
        terms = stated_terms(standalone)
        if terms:
            # (or by the year it was issued: "…2023年的通知，说…，现在还是这样吗")
            # (or by a sum it set: "…看到一个通知，说…每年减免1200元保教费，现在还是这样吗")
            hit_docs = [h.chunk.doc_id for h in result.hits]
            turn.described = described_notices(standalone, graph, self.rt.index.documents, hit_docs, as_of)
            named = [*named_notices(standalone, result.analysis, graph),
                     *year_named_notices(standalone, graph, hit_docs, as_of), *turn.described]
            extra = [q for k in dict.fromkeys(named) for q in self._terms_now(standalone, terms, k, as_of, result.hits)]
            turn.selection = with_quotes(turn.selection, extra)
            if turn.described and extra:
                # ("…今年秋天申报还按35元算吗": the described notice's standing and what replaced it answer it)
                parts_now = turn.selection.parts
                turn.selection = replace(turn.selection, unanswered=tuple(
                    u for u in turn.selection.unanswered if not asks_standing(parts_now[u].clause)))
        # "…怎么分担？和2024年的暂行办法比有什么变化": what the older notice said on it is quoted too (labelled as
        # its former rule)
        compared = compared_notices(standalone, graph, [h.chunk.doc_id for h in result.hits], as_of,
                                    named_notices(standalone, result.analysis, graph))
        if compared:
            extra = [q for k in compared for q in self._said_then(standalone, k, result.hits)]
            turn.selection = with_quotes(turn.selection, extra)
        # "答：根据《…》（遵市教发〔2026〕12号）…每生每年1600元": a 问答 or 解读 page's figure is quoted from the
        # notice it names too, where the library holds that notice and a sentence of it prints the figure (before the
        # amendments below: a page restating an amended notice gives its figures of before)
        in_notices = self._restated_in_notices(turn.selection.quotes, turn.selection.parts)
        if in_notices:
            turn.selection = with_quotes(turn.selection, in_notices)
        # (and where the notice the page restates has since been amended, the amendment of a figure it prints)
        amending, restating = self._restated_amended(turn.selection.quotes, as_of)
        if amending:
            turn.selection = with_quotes(turn.selection, amending)
        # "…一天能补多少钱" answered from an article another notice has since amended ("…第八条规定的助餐
        # 补贴标准调整如下"): what the amending notice says on the question is quoted beside it
        amended = [k for d in dict.fromkeys(q.hit.chunk.doc_id for q in turn.selection.quotes)
                   if (k := graph.key_of_doc(d)) is not None and graph.status(k, as_of).status == "amended"]
        if amended:
            extra = [q for k in amended for q in self._terms_now(standalone, terms, k, as_of, result.hits)]
            # (and the amending sentence that changes a figure quoted from it: "4层每台10万元" is now
            # "由每台10万元调整为每台12万元", however little of the question that sentence repeats)
            extra += [q for k in amended for q in self._figures_changed(turn.selection.quotes, k, as_of)
                      if all(squash(q.text) != squash(x.text) for x in extra)]
            turn.selection = with_quotes(turn.selection, extra)
            changers = {d for k in amended for d in replacing_docs(graph, k, as_of)}
            turn.selection = replace(turn.selection, quotes=_outdated_after(turn.selection.quotes, changers))
        said = without_shown_grounds("".join(dict.fromkeys([*named_gone.values(), *unheld_said.values(), *restating])),
                                     [q.text for q in turn.selection.quotes])
        turn.selection = replace(turn.selection, preface=f"{VALIDITY_HEADING}{said}\n" if said else "",
                                 lapsed=lapsed_docs(graph, [q.hit.chunk.doc_id for q in turn.selection.quotes], as_of))
        turn.sources = numbered(turn.selection)
        # "培训要15天…一共能拿多少" beside "每人每天40元…最多补贴20天": the sum worked, its working shown, and the
        # part it answers no longer said to be missing
        # (a table's row read under its header: "保险金额：每亩5000元" is no sum paid per mu, "农户每亩自缴：75元" is)
        headed = labelled_quotes(turn.selection)
        worked, answered = worked_sums(standalone, [p.clause for p in turn.selection.parts],
                                       [(p.n, headed.get(p.n, p.text)) for p in turn.sources])
        turn.worked = tuple(Claim(w.text, (w.cited, *((w.held_by,) if w.held_by else ())), "worked") for w in worked)
        if answered:
            turn.selection = replace(turn.selection, unanswered=tuple(
                u for u in turn.selection.unanswered if u not in answered))
        turn.extractive = extractive_text(turn.selection)
        if turn.extractive and turn.worked:
            turn.extractive = render_claims(turn.worked) + "\n" + turn.extractive
        # "汛期在黄河孟津段游泳会被罚款吗" answered from a 通告 drawn for 洛河 and 伊河 (or "洛阳桥" from one
        # listing three other bridges): not about it
        docs = self.rt.index.documents
        quoted = [docs[d].text for d in dict.fromkeys(q.hit.chunk.doc_id for q in turn.selection.quotes) if d in docs]
        if not turn.extractive or unnamed_places(standalone, quoted) or unnamed_things(standalone, quoted):
            yield from turn.refuse(b)
            return
        # "要推倒重建，重建每户能补多少钱" of a 修缮 notice that leaves 重建 out ("…不适用本办法"): refused, with that
        # sentence as the closest thing the notices say
        cited = {d: docs[d] for d in dict.fromkeys(q.hit.chunk.doc_id for q in turn.selection.quotes) if d in docs}
        out = left_out(standalone, {d: doc.text for d, doc in cited.items()}, {d: doc.title for d, doc in cited.items()},
                       [q.text for q in turn.selection.quotes])
        if out:
            doc, said = cited[out[0]], out[1]
            turn.closest = f"最接近的是《{doc.title}》{('（' + doc.doc_number + '）') if doc.doc_number else ''}：“{said}”"
            yield from turn.refuse(b)
            return
        # A question answered by a section's outline alone gets the headings as written: a model
        # restating a list of headings can only drop or merge items.
        if b == "extractive" or len(outlines) == len(parts):
            yield Note(turn.extractive)
            yield from turn.finish("extractive", refused=False, claims=turn.quoted(),
                                   text=turn.extractive)
            return
        turn.evidence = Evidence(evidence_text(turn.selection), turn.citations([p.n for p in turn.sources]))
        turn.mark_content()
        yield EvidenceShown(turn.evidence)
        yield from self._model_answer(turn, persona)

    def _naming(self, name: str, doc_ids: Sequence[str]) -> list[Hit]:
        return _naming_hits(self.rt.retriever, self.rt.index.documents, name, doc_ids)

    def _outlines(self, parts: Sequence[Part], hits: Sequence[Hit]) -> dict[int, list[Hit]]:
        """The top notice's headings that answer a list part ("哪些方面的重点工作"), or its sections on
        who may have a benefit and how much ("能领什么补助"), if any."""
        if not hits or not any(p.asked is Asked.LIST or asks_benefit(p) for p in parts):
            return {}
        doc = self.rt.index.documents.get(hits[0].chunk.doc_id)
        if doc is None:
            return {}
        return outline_hits(parts, hits, doc, self.rt.retriever.chunks_of(doc.doc_id))

    def _refuse_outright(self, question: str, rewritten: str | None, t0: float) -> Iterator[Event]:
        """A request no notice can answer (the assistant's own instructions): refused, nothing retrieved."""
        yield Note(ABOUT_ME_REPLY)
        ms = (time.perf_counter() - t0) * 1000
        yield Final(Answer(question=question, rewritten_question=rewritten, text=ABOUT_ME_REPLY, citations=(),
                           refused=True, backend="extractive", latency_ms={"first_content_ms": ms, "total_ms": ms}))

    def _lookup(self, question: str, rewritten: str | None, keys: Sequence[str], as_of: str,
                t0: float) -> Iterator[Event]:
        """A validity question answered from the graph: each named notice's standing, cited."""
        found = validity_answer(self.rt.index.validity, keys, as_of, self.rt.index.documents)
        yield from self._looked_up(question, rewritten, self._with_terms_now(rewritten or question, keys, as_of, found), t0)

    def _with_terms_now(self, question: str, keys: Sequence[str], as_of: str, found: LookupAnswer) -> LookupAnswer:
        """The standing, and where the question restates a sum a lapsed notice set ("…收20元工本费，
        现在还这样执行吗"), what the notice replacing it provides on the matter, quoted and cited: the
        answer to "still so?" is the rule that stands now ("“老年人优待卡”免收工本费")."""
        terms = stated_terms(question)
        if not terms:
            return found
        graph, docs = self.rt.index.validity, self.rt.index.documents
        lines: list[str] = []
        cites = list(found.citations)
        # (retrieved once, where some named notice has been replaced)
        hits = self.retrieve(question, Filters(as_of=as_of)).hits if any(
            replacing_docs(graph, k, as_of) for k in keys) else ()
        for key in keys:
            quotes = self._terms_now(question, terms, key, as_of, hits)
            said = []
            for q in quotes:
                doc = docs[q.hit.chunk.doc_id]
                start = q.hit.start + q.start
                cites.append(citation_at_span(len(cites) + 1, doc, start, q.hit.start + q.end, q.hit.start, q.hit.end,
                                              graph.of_doc(doc.doc_id, as_of)))
                said.append(f"“{q.text.strip()}”[{len(cites)}]")
            if said:
                doc = docs[quotes[0].hit.chunk.doc_id]
                lines.append(f"现行规定见《{doc.title}》{f'（{doc.doc_number}）' if doc.doc_number else ''}：{'；'.join(said)}。")
        if not lines:
            return found
        return LookupAnswer("\n".join([found.text, *lines]), tuple(cites))

    def _terms_now(self, question: str, terms: Sequence[str], key: str, as_of: str,
                   retrieved: Sequence[Hit]) -> list[Quote]:
        """What the notice replacing a lapsed one provides on the sums the question restates: the best
        sentence of it (among the ``retrieved`` passages) for the whole question and for each sum
        ("收20元工本费"), but not the sentence that repealed the old one (its standing cites that)."""
        graph = self.rt.index.validity
        return self._best_in(question, terms, set(replacing_docs(graph, key, as_of)), retrieved,
                             graph.notices[key].doc_number)

    def _said_then(self, question: str, key: str, retrieved: Sequence[Hit]) -> list[Quote]:
        """What a lapsed notice the question compares the rule now with said on it ("和2024年的暂行办法比有
        什么变化"): its sentences selected for the question."""
        return self._best_in(question, (), set(self.rt.index.validity.notices[key].doc_ids), retrieved, None)

    def _best_in(self, question: str, terms: Sequence[str], targets: set[str], retrieved: Sequence[Hit],
                 skipped: str | None) -> list[Quote]:
        """The sentences of the documents ``targets`` selected for the question (as good as LOOSE or better) and
        the best one for each of ``terms`` (from the ``retrieved`` passages, or read whole where short), leaving out
        a sentence naming the 文号 ``skipped``."""
        hits = [h for h in retrieved if h.chunk.doc_id in targets]
        # (a replacing notice of a few pages is read whole: the article on each sum need not have
        # been retrieved for the question, which named the old notice's words)
        docs = self.rt.index.documents
        held = {h.chunk.id for h in hits}
        for d in sorted(targets):
            if d in docs and len(self.rt.retriever.chunks_of(d)) <= _READ_WHOLE:
                hits += [h for h in self._doc_hits(d, len(hits) + 1) if h.chunk.id not in held]
        quotes: list[Quote] = []
        for asked in (question, *terms) if hits else ():
            # (not for the named notice's own 文号 or date: "…是哪个文号印发的？成文日期是哪天" is not the other's)
            parts = [p for p in question_parts(asked) if not asks_doc_number(p.clause) and not asks_signed_date(p.clause)]
            if not parts:
                continue
            sel = select_evidence(hits, asked, parts, self.rt.retriever.idf)
            ranked = [q for q in sorted(sel.quotes, key=lambda q: -q.score) if q.score >= LOOSE and not (
                skipped and squash(skipped) in squash(q.text))]
            # (what it says on each part of the question: "每度电补多少？一季最多能拿多少？" is answered by
            # the new rate and by the new table's row of ceilings; a sum, by its one best sentence)
            best = ranked if asked is question else ranked[:1]
            quotes += [q for q in best if all(squash(q.text) != squash(x.text) for x in quotes)]
        return quotes

    def _doc_hits(self, doc_id: str, rank: int) -> list[Hit]:
        """A document's chunks as hits of one rank, read whole (not retrieved for the question)."""
        text = self.rt.index.documents[doc_id].text
        return [Hit(chunk=c, score=0.0, rank=rank, text=text[c.start:c.end], start=c.start, end=c.end)
                for c in self.rt.retriever.chunks_of(doc_id)]

    def _restating_page(self, doc_id: str) -> Document | None:
        """The document, where it is a page restating notices (``index.titles.restating_page``), judged once per
        document (a doc_id names one text)."""
        page = self.rt.index.documents.get(doc_id)
        if page is None:
            return None
        if doc_id not in self._restates:
            self._restates[doc_id] = restating_page(page.title or "", page.doc_number, page.text)
        return page if self._restates[doc_id] else None

    def _restated_amended(self, quotes: Sequence[Quote], as_of: str) -> tuple[list[Quote], list[str]]:
        """For the quotes of a page restating notices (a 问答, a 知识库, a 解读) that names by 文号 a notice since
        amended (held or not), the amending sentences that change a figure the page prints ("12345热线的问答里写着
        每人每月300元…现在还是这样吗": "将…“每人每月300元”修改为“每人每月400元”"), and what the reader is told of
        the page ("《…知识库》转述的江外侨〔2025〕9号已被…修改…")."""
        graph = self.rt.index.validity
        out: list[Quote] = []
        notes: list[str] = []
        for d in dict.fromkeys(q.hit.chunk.doc_id for q in quotes):
            page = self._restating_page(d)
            if page is None:
                continue
            # (each quote restates the notice the page names last before it, or in it: "依据：《…》（…9号）" heads
            # the answers below it; a page of many topics names many notices)
            by_key: dict[str, list[Quote]] = {}
            for q in quotes:
                if q.hit.chunk.doc_id != d:
                    continue
                at = q.hit.start + q.end
                named = list(DOC_NUMBER_RE.finditer(page.text, max(0, at - _RESTATED_REACH), at))
                if named and (k := graph.find_number(*doc_number_parts(named[-1]))) is not None:
                    by_key.setdefault(k, []).append(q)
            for k, restated in by_key.items():
                v = graph.status(k, as_of)
                if v.status != "amended":
                    continue
                changed = [q for q in self._figures_changed(restated, k, as_of, of_docs={d})
                           if all(squash(q.text) != squash(x.text) for x in out)]
                out += changed
                if changed and (said := warning(graph.notices[k].name, v)):
                    notes.append(f"《{page.title}》转述的{said}")
        return out, notes

    def _figures_changed(self, quotes: Sequence[Quote], key: str, as_of: str,
                         of_docs: set[str] | None = None) -> list[Quote]:
        """The sentences of the notices amending ``key`` that change a figure quoted from it (or from
        ``of_docs``, pages restating it), each as a quote of the part that figure answered."""
        graph = self.rt.index.validity
        own = of_docs if of_docs is not None else set(graph.notices[key].doc_ids)
        figures = [(q.part, f) for q in quotes if q.hit.chunk.doc_id in own for f in ruled_figures(q.text)]
        # (and an age a condition sets, which an amendment may change too: "“年满70周岁老年人”修改为“年满65周岁老年人”")
        figures += [(q.part, a) for q in quotes if q.hit.chunk.doc_id in own for a in CONDITION_AGE.findall(q.text)]
        if not figures:
            return []
        out: list[Quote] = []
        for d in replacing_docs(graph, key, as_of):
            hits = self._doc_hits(d, 1)[:_READ_WHOLE] if d in self.rt.index.documents else []
            changed, rest, kept = len(out), None, None
            for hit, a, b, form in _sentence_forms(hits):
                form = BOOK_TITLE_RE.sub("", form)  # ("《2026年…方案》" names a plan)
                part = next((k for k, f in figures if changes_figure(form, f) and (
                    not f.endswith("周岁") or _quoted_wording(form, f))), None)
                if part is not None and all(squash(hit.text[a:b]) != squash(q.text) for q in out):
                    out.append(Quote(hit, a, b, part, LOOSE))
                elif rest is None and REST_UNCHANGED_RE.search(hit.text[a:b]):
                    rest = (hit, a, b)
                elif kept is None and BEFORE_KEPT_RE.search(hit.text[a:b]):
                    # (with the clause before it in its sentence that says what "此前" is before: "…在2026年10月1日以后
                    # 的，按调整后的标准执行；在此之前购车的，仍按原标准执行")
                    start = max(hit.text.rfind(c, 0, a) for c in "。\n") + 1
                    # (not over a change it follows in its sentence, quoted already: "…调整为每台12万元；此前已…")
                    told = any(q.hit.chunk.id == hit.chunk.id and q.end > start and q.start < a for q in out)
                    kept = (hit, start if a - start <= _KEPT_LEAD_MOST and not told else a, b)
            # ("…其他内容不变": what it did not change stands, which a reader asking "也涨了吗" needs; "在此之前购车的，
            # 仍按原标准执行": what it keeps for cases before it, which one paid before asking "能补发差价吗" needs)
            for said in (kept, rest):
                if said is not None and len(out) > changed:
                    out.append(Quote(*said, out[-1].part, LOOSE))
        return out

    def _restated_in_notices(self, quotes: Sequence[Quote], parts: Sequence[Part]) -> list[Quote]:
        """For each quote from a page restating notices (a 问答, a 解读) that names by its 文号 a notice the
        library holds, the sentence of that notice printing most of the quote's figures (sums, rates:
        not years or days), as a quote of the same part: the notice's own words beside the page's. Where
        no 文号 stands by the quote, the one notice the page names anywhere, where a sum or a yes/no is
        asked ("补贴涨了吗"): its sentence printing the quote's sums or rates, else the one most like the
        quote in its words ("外地户籍老人…可以申请建设补贴" beside "非本市户籍老年人…可以申请…建设补贴，不享受服务补贴")."""
        held = self.rt.retriever.doc_of_number
        out: list[Quote] = []
        for q in quotes:
            page = self._restating_page(q.hit.chunk.doc_id)
            if page is None:
                continue
            figures = set(ruled_figures(q.text))
            named = find_doc_numbers(q.hit.text[max(0, q.start - 80):q.end]) if figures else []
            alike = False
            if not named and q.part < len(parts) and parts[q.part].asked in (Asked.AMOUNT, Asked.YESNO):
                # the one notice the page rests on ("政策依据：…"), for its sums and rates only (a term in years, a
                # count of people: no lookup by figure), else by its words
                figures = {f for f in figures if _SUM_OR_RATE.search(f)}
                named = _only_held(find_doc_numbers(page.text), held, page.doc_id)
                alike = not figures
            for d in dict.fromkeys(held[n] for n in named if n in held and held[n] != page.doc_id):
                if len(self.rt.retriever.chunks_of(d)) > _READ_WHOLE:
                    continue
                at = (self._most_alike(q.text, d) if alike else self._printing_most(figures, d))
                if at is not None and all(squash(at[0].text[at[1]:at[2]]) != squash(x.text) for x in out):
                    out.append(Quote(at[0], at[1], at[2], q.part, LOOSE))
        return out

    def _printing_most(self, figures: set[str], doc_id: str) -> tuple[Hit, int, int] | None:
        """The sentence of a notice printing most of ``figures``."""
        best, at = 0, None
        for hit, a, b, form in _sentence_forms(self._doc_hits(doc_id, 1)):
            shared = sum(1 for f in figures if re.search(rf"(?<![\d.]){re.escape(f)}", form))
            if shared > best:
                best, at = shared, (hit, a, b)
        return at

    def _most_alike(self, text: str, doc_id: str) -> tuple[Hit, int, int] | None:
        """The sentence of a notice most like ``text`` in its two-character pieces (Dice share), where it is
        alike enough to be the notice's own words for it."""
        best, at = _ALIKE_LEAST, None
        for hit in self._doc_hits(doc_id, 1):
            for a, b in split_sentences(hit.text):
                if (share := pair_dice(text, hit.text[a:b])) > best:
                    best, at = share, (hit, a, b)
        return at

    def _rows_restating(self, turn: _Turn, ask: TaskAsk | None, parts: Sequence[Part]) -> list[TaskRow]:
        """The task rows that print again a sentence quoted for the question, where it asks who leads
        or supports a task, no row was found by its words, and a part asking for an organisation is
        left unanswered or answered only from a notice none of the other parts is answered from
        ("这事是哪个部门牵头" answered by another plan's "（深入推进清洁取暖）牵头单位：住建局")."""
        sel = turn.selection
        if ask is None or ask.listing or turn.rows or not {"lead", "support"} & set(ask.roles):
            return []
        others = {q.hit.chunk.doc_id for q in sel.quotes if parts[q.part].asked is not Asked.ORG}
        astray = [k for k, p in enumerate(parts) if p.asked is Asked.ORG and others and k not in sel.unanswered
                  and not {q.hit.chunk.doc_id for q in sel.quotes if q.part == k} & others]
        if not astray and not any(parts[i].asked is Asked.ORG for i in sel.unanswered):
            return []
        quoted = [(q.hit.chunk.doc_id, q.text) for q in sel.quotes if parts[q.part].asked is not Asked.ORG]
        docs = {d for d, _ in quoted}
        return restating_rows(quoted, [r for r in self.rt.index.tasks if r.doc_id in docs])

    def _task_rows(self, question: str, analysis: QueryAnalysis, ask: TaskAsk, filters: Filters) -> list[TaskRow]:
        """The task rows a question asks about, within the user's filters: every row of a listing
        question, else the one row the question describes (or none when none stands out)."""
        idx = self.rt.index
        not_current, _ = self.rt.retriever.superseded(filters.as_of or self.rt.settings.as_of_iso)
        rows = [r for r in idx.tasks if passes(idx.documents[r.doc_id], filters)
                and not (filters.current_only and r.doc_id in not_current)]
        if ask.listing:
            return listed_rows(question, ask, analysis, rows, idx.documents)
        if numbered := numbered_row(question, analysis, rows, idx.documents):
            return numbered
        best = best_rows(rank_rows(question, analysis, rows, idx.documents))
        parts = question_parts(question)
        if len(parts) < 2:
            return best
        # "“建设…平台”和“实施…建设”分别由哪个单位牵头": two tasks named, each its own row (the
        # whole question fits the one named first, or neither)
        each = [best_rows(rank_rows(p.clause, analysis, rows, idx.documents)) for p in parts]
        found = list({r.id: r for rs in each for r in rs}.values())
        return found if all(each) and len(found) > len(best) else best

    def _task_lookup(self, standalone: str, analysis: QueryAnalysis, question: str, rewritten: str | None,
                     ask: TaskAsk, rows: Sequence[TaskRow], as_of: str, t0: float) -> Iterator[Event]:
        """Who leads, supports, by when: answered from the task rows, each line citing the printed assignment."""
        graph = self.rt.index.validity

        def status(doc_id: str) -> Validity | None:
            return graph.of_doc(doc_id, as_of)

        topic = ""
        if ask.listing:
            topic = listing_topic(standalone, ask, analysis)
            if not on_topic_applies(rows, topic):
                topic = ""  # the leftover words narrowed nothing: the heading does not claim a subject
        found = assignment_answer(ask, rows, self.rt.index.documents, status, listing=ask.listing, topic=topic)
        yield from self._looked_up(question, rewritten, found, t0, refused=not rows)

    def _looked_up(self, question: str, rewritten: str | None, found: LookupAnswer, t0: float,
                   refused: bool = False) -> Iterator[Event]:
        yield Note(found.text)
        ms = (time.perf_counter() - t0) * 1000
        yield Final(Answer(
            question=question, rewritten_question=rewritten, text=found.text, citations=found.citations,
            refused=refused, backend="lookup", latency_ms={"first_content_ms": ms, "total_ms": ms},
            claims=tuple(Claim(strip_invalid_markers(line, 0), tuple(parse_markers(line, len(found.citations))),
                               "lookup") for line in found.text.split("\n") if line)))

    def _with_assignments(self, turn: _Turn, claims: list[Claim]) -> list[Claim]:
        """The answer with the assignment of each task row the question asks about, from the row and
        cited to it, where the kept sentences leave out its units or deadline."""
        if not turn.rows or turn.ask is None:
            return claims
        said = "".join(c.text for c in claims)
        out = list(claims)
        for hit_id, row in turn.rows.items():
            if not missing_from(said, row, turn.ask.roles):
                continue
            hit = next((h for h in turn.result.hits if h.chunk.id == hit_id), None)
            doc = self.rt.index.documents.get(row.doc_id)
            if hit is None or doc is None:
                continue
            a, b = quote_span(row)
            n = len(turn.sources) + 1
            turn.sources.append(ContextPassage(n, hit, doc.text[a:b].strip()))
            out.append(Claim(f"“{row.name}”一项：{assignment_line(row, turn.ask.roles)}", (n,), "lookup"))
        return out

    def style(self, backend: str) -> str:
        s = self.settings.answer_style
        return ("lead" if backend == "local" else "compose") if s == "auto" else s

    def _model_answer(self, turn: _Turn, persona: str) -> Iterator[Event]:
        """The model's restatement, or the evidence when the model cannot give one in time."""
        style = self.style(turn.backend)
        # a one-sentence lead restates the quotes alone (their neighbours doubled a 1.5B model's prompt,
        # 300–700 tokens, read at ~20 tokens/s on a slow 2-core machine); the verifier still reads them
        sources = (lead_sources(turn.sources) if style == "lead" else turn.sources if style == "restate"
                   else widened(turn.sources))
        lapsed = dict(turn.selection.lapsed)  # the model is told which notices are no longer in force
        sources = [replace(p, hit=replace(p.hit, note="；".join(filter(None, (p.hit.note, lapsed[p.hit.chunk.doc_id])))))
                   if p.hit.chunk.doc_id in lapsed else p for p in sources]
        # a table's row is read under its header ("…（牵头单位：…；完成时限：…）"), not as bare cells
        # (the model reads it so; the verifier checks against the row and its labels, and quotes the row)
        rows = labelled_quotes(turn.selection)
        read = [replace(p, text=rows[p.n]) if p.n in rows and style == "lead" else p for p in sources]
        messages = answer_messages(persona, turn.standalone, read, style, lapsed=bool(lapsed))
        turn.prompt_tokens = self.count_tokens("\n".join(str(m.content) for m in messages), turn.backend)
        pieces: list[str] = []
        # A lead is shown once checked: a wrong one never reaches the screen, even for a moment.
        held_back = style == "lead"
        try:
            model = self.chat_model(turn.backend)
            gate = self._gate(turn.backend, model)
            writer = model.bind(max_tokens=LEAD_TOKENS, stop=list(LEAD_STOP)) if style == "lead" else model
            with contextlib.closing(stream_model(writer, gate, messages, turn.prompt_tokens,
                                                 self.llm_settings.timeout_s)) as tokens:
                for piece in tokens:
                    turn.mark_model_token()
                    pieces.append(piece)
                    if not held_back:
                        yield Token(piece)
        except (ModelError, TimeoutError, OSError) as exc:  # a bug is not a fallback: it propagates
            reason = str(exc) or exc.__class__.__name__
            log.warning("LLM answer not used (%s); answering from the evidence", reason)
            yield from turn.fallback(reason, _fallback_note(exc), bool(pieces) and not held_back)
            return
        if style == "lead":
            yield from self._settle_lead(turn, "".join(pieces).strip(), rows, cut=len(pieces) >= LEAD_TOKENS)
        else:
            yield from self._settle(turn, "".join(pieces).strip(), sources, style, rows)

    def _settle_lead(self, turn: _Turn, text: str, rows: dict[int, str], cut: bool = False) -> Iterator[Event]:
        """The model's one-sentence answer, kept where every clause of it agrees with the clause of
        the quote it restates, above the quotes in full: the quotes are the answer, the lead says it
        in plain words (or is dropped, and the quotes stand alone). ``rows``: the quoted table rows read
        under their headers (``labelled_quotes``); ``cut``: the token limit ended it."""
        if REFUSAL in text[:40] or not text:
            yield from turn.fallback("model declined", _declined_note(turn), False)
            return
        sources = turn.sources
        verified = verify_claims(_whole_sentences(text, cut), {p.n: p.text for p in sources}, turn.standalone,
                                 {p.n: p.hit.chunk.title + p.hit.chunk.section_path + p.text for p in widened(sources)},
                                 rows, persons=turn.selection.persons,
                                 parts=part_sources(turn.selection), strict=True)
        verified = without_outdated(verified, [q.text for q in turn.selection.quotes])
        lead = [c for c in verified.claims if c.kind in ("restated", "quote")][:2]
        if verified.removed:
            log.info("verifier removed %d of %d lead sentences: %s", len(verified.removed), verified.checked,
                     ", ".join(r.reason for r in verified.removed))
        said = _lapsed_first(turn, lead) + render_claims(lead)
        if lead:
            yield Note(said)  # the checked lead, where the model's tokens were held back
        body = turn.extractive or ""
        text = f"{said}\n{body}" if lead else body
        yield from turn.finish(turn.backend, refused=False, text=text, claims=[*lead, *turn.quoted()],
                               verified=verified, evidence=turn.evidence)

    def _settle(self, turn: _Turn, text: str, sources: Sequence[ContextPassage], style: str,
                rows: dict[int, str]) -> Iterator[Event]:
        """Check every sentence of the model's finished text against the quote it cites; the
        answer is what agrees, the verbatim quote for each part nothing kept answers, and what the
        files do not say."""
        if REFUSAL in text[:40] or not text:
            # The support check found quotes that answer the question, yet a small model often
            # gives up: the evidence is the answer.
            yield from turn.fallback("model declined", _declined_note(turn), True)
            return
        around = {p.n: p.hit.chunk.title + p.hit.chunk.section_path + p.text for p in widened(turn.sources)}
        # A task row is checked with its column names: who leads, who supports, by when.
        labels = {**rows, **{p.n: turn.rows[p.hit.chunk.id].assignment_text() for p in sources
                             if p.hit.chunk.id in turn.rows and p.hit.whole}}
        verified = verify_claims(text, {p.n: p.text for p in sources}, turn.standalone, around, labels,
                                 turn.selection.persons, part_sources(turn.selection))
        verified = without_outdated(verified, [q.text for q in turn.selection.quotes])
        claims = self._with_assignments(turn, complete(verified.claims, turn.selection))
        claims = [*claims, *turn.worked] if claims else claims
        if verified.removed:
            log.info("verifier removed %d of %d sentences: %s", len(verified.removed), verified.checked,
                     ", ".join(r.reason for r in verified.removed))
        if not claims:
            # nothing the model said agrees with the quotes, and no quote stands in for a part: the
            # quotes are the answer (or the refusal, where they answer nothing), never an empty one
            note = "（模型的表述与原文不符，已删除；以下为文件原文摘录）" if verified.removed else "（模型未能作答，以下为文件原文摘录）"
            yield from turn.fallback("nothing verified", note, True)
            return
        yield from turn.finish(turn.backend, refused=False, text=_lapsed_first(turn, claims) + render_claims(claims),
                               claims=claims, verified=verified, evidence=turn.evidence)

    def answer(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None,
               on_token: Callable[[str], None] | None = None) -> Answer:
        """The whole answer at once (the events of ``stream`` collected)."""
        final: Answer | None = None
        for event in self.stream(question, history, persona, filters, backend):
            if isinstance(event, Token) and on_token:
                on_token(event.text)
            elif isinstance(event, Final):
                final = event.answer
        assert final is not None, "the pipeline always ends with Final"
        return final

    def as_runnable(self, persona: str = "public", backend: str | None = None) -> Runnable[Any, Answer]:
        """The same pipeline as a LangChain runnable: input ``{"question", "history"?, "filters"?}``."""
        def run(inp: dict[str, Any]) -> Answer:
            return self.answer(inp["question"], inp.get("history", ()), persona, inp.get("filters"), backend)

        return RunnableLambda(run)


_READ_WHOLE = 40  # chunks: a replacing notice this short is searched whole for the sums a question restates
_KEPT_LEAD_MOST = 80  # characters of its sentence read before what an amendment keeps for earlier cases


def _naming_hits(retriever: Any, documents: dict[str, Any], name: str, doc_ids: Sequence[str],
                 most_others: int = 3) -> list[Hit]:
    """The passages that name a person, each as wide as its section family: in these notices, and
    in up to ``most_others`` other notices of the same gazette or issuer's place (a leader named in
    a plan has his duties in the notice on the division of work, which the question need not
    bring up)."""
    given = [documents[d] for d in doc_ids if d in documents]
    near = ({d.corpus_file for d in given}, {d.issuer[:2] for d in given if d.issuer})
    others = (d for d, doc in documents.items() if d not in doc_ids
              and (doc.corpus_file in near[0] or doc.issuer[:2] in near[1]))
    out: list[Hit] = []
    found_in_others = 0
    for doc_id in [*doc_ids, *others]:
        doc, chunks = documents.get(doc_id), retriever.chunks_of(doc_id)
        if doc is None:
            continue
        regions = naming_regions(chunks, name)
        if doc_id not in doc_ids and regions:
            if found_in_others == most_others:
                break
            found_in_others += 1
        for n, (a, b) in regions:
            out.append(Hit(chunk=chunks[n], score=0.0, rank=len(out) + 1, text=doc.text[a:b], start=a, end=b))
    return out


def _regions(hits: Sequence[Hit], documents: dict[str, Any]) -> list[Hit]:
    """Each passage grown to the region it was cut from (its section family), where that is wider."""
    out = []
    for h in hits:
        doc = documents.get(h.chunk.doc_id)
        if h.region is None or h.whole or doc is None or h.region == (h.start, h.end):
            continue
        a, b = h.region
        out.append(replace(h, text=doc.text[a:b], start=a, end=b))
    return out


def _with_row_hits(result: RetrievalResult, rows: Sequence[TaskRow], documents: dict[str, Any]) -> RetrievalResult:
    """The retrieval result headed by hits for the task rows the question describes."""
    top = result.hits[0].score if result.hits else 1.0
    heads = [row_hit(r, documents[r.doc_id], top, i) for i, r in enumerate(rows)]
    rest = [replace(h, rank=h.rank + len(heads)) for h in result.hits]
    return replace(result, hits=tuple(heads + rest))
