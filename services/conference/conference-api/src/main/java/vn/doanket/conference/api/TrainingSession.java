package vn.doanket.conference.api;

import java.time.LocalDate;

/**
 * One planned session of a training class.
 *
 * @param sessionNo 1, 2, … (at most 60)
 * @param date      the day it is planned
 * @param topic     what it covers
 */
public record TrainingSession(int sessionNo, LocalDate date, String topic) {
}
