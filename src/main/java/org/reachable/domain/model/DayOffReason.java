package org.reachable.domain.model;

public enum DayOffReason {
    HOLIDAY, VACATION, SICK, OTHER
}
