package news.kathan.event;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How much of a date the text gives: "20 सितंबर, 2021" is a DAY, "March 2025" a MONTH, "in 2017" a YEAR. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The first day of the period this precision makes of a date. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day of the period this precision makes of a date. */
    public LocalDate end(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
        };
    }
}
