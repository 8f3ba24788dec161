package io.qantar.events.model;

import java.io.Serializable;
import java.util.Objects;

/** The identity of a causal link: the ids of its cause and its effect. */
public class CausalLinkKey implements Serializable {

    public String cause;
    public String effect;

    public CausalLinkKey() {
    }

    public CausalLinkKey(String cause, String effect) {
        this.cause = cause;
        this.effect = effect;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CausalLinkKey that
                && Objects.equals(cause, that.cause)
                && Objects.equals(effect, that.effect);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cause, effect);
    }
}
