"""Value classes that behave as dataclasses do but cost almost nothing to define.

``@dataclass`` writes and compiles the source of each class's methods when the class is
defined: 0.4-1 ms a class, paid by every process that imports it, which adds up for a short
command such as ``tui-reader diff`` (about twenty classes on its path). ``record`` gives a class
with a hand-written ``__init__`` the methods ``@dataclass`` would add, made from shared
functions instead of compiled source:

* ``__eq__``: equal when of the same class with equal fields (compared as a tuple, in order);
* ``__repr__``: ``Name(field=value, ...)``;
* ``__match_args__``: the field names;
* with ``frozen=True``, ``__hash__`` of the fields, and assigning or deleting a field raises
  ``dataclasses.FrozenInstanceError``; without, instances are unhashable (``__hash__ = None``).

The fields are the names annotated in the class body, in order. A field whose default is a new
object (``field(default_factory=dict)``) takes ``FRESH`` as its default in ``__init__``, which
then makes the object. What ``record`` does not give:
``dataclasses.fields``, ``replace`` and ``asdict`` (classes that others use with those stay
dataclasses, such as the domain objects in :mod:`tui_reader.core.model`).
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from operator import attrgetter
from reprlib import recursive_repr

#: The default of a field whose default is a new object (see the module docstring).
FRESH = object()


def record(frozen: bool = False):
    """Class decorator: see the module docstring."""

    def wrap(cls):
        names = tuple(cls.__dict__.get("__annotations__", {}))
        if len(names) == 1:
            single = attrgetter(names[0])

            def key(obj):
                return (single(obj),)

        else:
            key = attrgetter(*names)

        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented

        @recursive_repr()
        def __repr__(self):
            fields = ", ".join(f"{name}={value!r}" for name, value in zip(names, key(self)))
            return f"{self.__class__.__qualname__}({fields})"

        cls.__eq__ = __eq__
        cls.__repr__ = __repr__
        cls.__match_args__ = names
        if not frozen:
            cls.__hash__ = None
            return cls

        def __hash__(self):
            return hash(key(self))

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)

        cls.__hash__ = __hash__
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
        return cls

    return wrap
