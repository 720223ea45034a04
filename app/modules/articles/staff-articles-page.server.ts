/**
 * Loaders and actions of the staff article pages: the list (/:lang/staff/articles), a new article
 * (…/new) and one article (…/:id). Every one starts with requireArticleEditor (staff only), before
 * any upload is read. A form is checked whole (fields, picture, alt texts, offer numbers) before
 * anything is written; a refusal answers 400 with what was typed.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { formatDay, showDate } from "~/modules/i18n/date-format";
import { checkImage, readImageUpload } from "~/modules/images/image-upload.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { refuse } from "~/utils/form-action.server";
import { formDataToObject, textOf, validateForm, type FieldErrors } from "~/utils/forms";
import { notFound } from "~/utils/not-found";
import { requireArticleEditor } from "./article-access.server";
import { ARTICLE_IMAGE_MESSAGES } from "./article-image.server";
import { articleState, type ArticleStatus } from "./article-policy";
import { articleImagePath, articlePath } from "./article-url";
import { articleSchema, isArticleIntent } from "./article.schema";
import { allArticlesForStaff, saveArticle, setArticlePublished } from "./articles.server";
import { formDataOf } from "~/utils/form-data.server";

const DONE = ["created", "saved", "published", "unpublished"] as const;
type Done = (typeof DONE)[number];

function doneOf(request: Request): Done | null {
  const value = new URL(request.url).searchParams.get("done");
  return (DONE as readonly (string | null)[]).includes(value) ? (value as Done) : null;
}

export async function staffArticlesLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireArticleEditor(request, language);
  const now = new Date();
  const rows = await allArticlesForStaff();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("articles:staff.title")),
    language,
    done: doneOf(request),
    articles: rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.titleDe ?? row.titleFr ?? "",
      titleLanguage: row.titleDe ? ("de" as const) : ("fr" as const),
      languages: [row.titleDe ? "de" : null, row.titleFr ? "fr" : null].filter((lang) => lang !== null),
      state: articleState({ status: row.status as ArticleStatus, publishedAt: row.publishedAt }, now),
      publishedOn: row.publishedAt ? formatDay(row.publishedAt, language).text : null,
      updated: showDate(row.updatedAt, language),
      path: articlePath(row, language),
    })),
  };
}

/** The list's publish and unpublish buttons. */
export async function staffArticlesAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  await requireArticleEditor(request, language);
  const values = formDataToObject(await formDataOf(request));
  const intent = textOf(values, "intent");
  const id = z.guid().safeParse(textOf(values, "id"));
  if (!id.success || (intent !== "publish" && intent !== "unpublish"))
    throw new Response("Bad Request", { status: 400 });
  if (!(await setArticlePublished(id.data, intent === "publish"))) throw notFound();
  throw redirect(`/${language}/staff/articles?done=${intent}ed`);
}

const EMPTY_VALUES = {
  titleDe: "",
  titleFr: "",
  leadDe: "",
  leadFr: "",
  bodyDe: "",
  bodyFr: "",
  imageAltDe: "",
  imageAltFr: "",
  tags: "",
  offers: "",
  publishedOn: "",
};

export async function newArticleLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireArticleEditor(request, language);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("articles:staff.newTitle")),
    language,
    article: null,
    done: null,
    values: EMPTY_VALUES,
  };
}

async function articleForForm(id: string) {
  return db().article.findUnique({
    where: { id },
    omit: { image: true },
    include: {
      links: { orderBy: { position: "asc" }, select: { offer: { select: { number: true } } } },
    },
  });
}

export async function editArticleLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireArticleEditor(request, language);
  const id = z.guid().safeParse(params.id);
  if (!id.success) throw notFound();
  const article = await articleForForm(id.data);
  if (!article) throw notFound();
  const now = new Date();
  return {
    meta: pageMetaInput(
      request,
      language,
      translatorFor(language)("articles:staff.editTitle", { number: article.number }),
    ),
    language,
    done: doneOf(request),
    article: {
      id: article.id,
      number: article.number,
      state: articleState({ status: article.status as ArticleStatus, publishedAt: article.publishedAt }, now),
      imageUrl: article.imageUpdatedAt ? articleImagePath(article.id, article.imageUpdatedAt) : null,
      path: articlePath(article, language),
      /** Changes with every save: the form starts afresh from what was stored. */
      revision: article.updatedAt.toISOString(),
    },
    values: {
      titleDe: article.titleDe ?? "",
      titleFr: article.titleFr ?? "",
      leadDe: article.leadDe ?? "",
      leadFr: article.leadFr ?? "",
      bodyDe: article.bodyDe ?? "",
      bodyFr: article.bodyFr ?? "",
      imageAltDe: article.imageAltDe ?? "",
      imageAltFr: article.imageAltFr ?? "",
      tags: article.tags.join(", "),
      offers: article.links.flatMap((link) => (link.offer ? [String(link.offer.number)] : [])).join(", "),
      publishedOn: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : "",
    },
  };
}

/** Saves a new article (params.id absent) or an existing one, and publishes or unpublishes it. */
export async function articleFormAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  // Visitors and other roles are sent away before their upload is read.
  await requireArticleEditor(request, language);
  let id: string | null = null;
  if (params.id !== undefined) {
    const parsed = z.guid().safeParse(params.id);
    if (!parsed.success) throw notFound();
    id = parsed.data;
  }
  const upload = await readImageUpload(request);
  if (upload.tooLarge && Object.keys(upload.values).length === 0) {
    return refuse({ image: "articles:errors.imageTooLarge" }, {});
  }
  const intent = textOf(upload.values, "intent") || "save";
  if (!isArticleIntent(intent)) throw new Response("Bad Request", { status: 400 });

  const form = validateForm(articleSchema, upload.values);
  const image = await checkImage(upload, textOf(upload.values, "removeImage") === "on", ARTICLE_IMAGE_MESSAGES);
  const errors: FieldErrors = { ...(form.ok ? {} : form.errors), ...(image.ok ? {} : { image: image.error }) };
  if (!form.ok || !image.ok) return refuse(errors, upload.values);

  const saved = await saveArticle(id, form.data, image.change, intent);
  if (!saved.ok) {
    if (saved.errors.form === "articles:errors.notFound") throw notFound();
    return refuse(saved.errors, upload.values);
  }
  const done = intent === "publish" ? "published" : intent === "unpublish" ? "unpublished" : id ? "saved" : "created";
  throw redirect(`/${language}/staff/articles/${saved.id}?done=${done}`);
}
