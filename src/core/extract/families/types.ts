/** How one questionnaire / OA / UI-kit family marks a question and its title. */
export interface QuestionFamily {
  /** Family name, used in evidence ("question-title:wjx"). */
  readonly name: string;
  /** Element that encloses one question (simple selectors: tag, .class, [attr], [attr=value]). */
  readonly containerSelector: string;
  /** The question's title inside that container (simple selectors too; first match in document order). */
  readonly titleSelector: string;
  /** Help / description text inside the container, if the family has one. */
  readonly helpSelector?: string;
  /** A container matching this marks its question required. */
  readonly requiredSelector?: string;
}
