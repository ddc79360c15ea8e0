"""Drafts of form-steps flows, kept in the same database as feedback.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out rather than imported from schema.py: a migration is a frozen record of one step.


def upgrade() -> None:
    op.create_table(
        "form_drafts",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("flow_id", sa.String(64), nullable=False),
        sa.Column("flow_version", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_form_drafts"),
    )
    op.create_index("ix_form_drafts_expires_at", "form_drafts", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_form_drafts_expires_at", table_name="form_drafts")
    op.drop_table("form_drafts")
